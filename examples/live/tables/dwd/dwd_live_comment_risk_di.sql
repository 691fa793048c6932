/*---
owner: live-risk
description: Bullet comments rejected or held for review by content audit, for the risk-control team.
lifecycle_days: 365
tags: [dwd, risk]
checks:
  - unique: [comment_id]
  - accepted_values: {column: audit_status, values: [reject, review]}
---*/
CREATE TABLE IF NOT EXISTS dwd.dwd_live_comment_risk_di (
  comment_id    BIGINT    COMMENT 'comment id',
  room_id       BIGINT    COMMENT 'live room id',
  user_id       BIGINT    COMMENT 'viewer id',
  content       STRING    COMMENT 'comment text',
  audit_status  STRING    COMMENT 'reject | review',
  risk_label    STRING    COMMENT 'spam | abuse | ad | politics | other',
  comment_time  TIMESTAMP COMMENT 'send time'
) COMMENT 'live comments held back by audit, daily incremental'
PARTITIONED BY (p_date STRING COMMENT 'yyyy-MM-dd')
STORED AS ORC;
