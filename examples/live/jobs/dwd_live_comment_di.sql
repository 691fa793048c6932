/*---
type: batch
dialect: hive
schedule: '@daily'
owner: live-data
retries: 2
timeout: 30m
description: Splits the comment log in one scan - passed comments for analytics, held-back ones for risk control.
tags: [dwd, interaction, risk]
---*/
SET hive.exec.parallel=true;

FROM ods.ods_live_comment_log_di AS c
INSERT OVERWRITE TABLE dwd.dwd_live_comment_di PARTITION (p_date = '${date}')
SELECT
  c.comment_id,
  c.room_id,
  c.user_id,
  c.content,
  length(c.content) AS content_len,
  coalesce(c.device.os, 'unknown') AS os,
  c.event_time AS comment_time
WHERE c.p_date = '${date}'
  AND c.audit_status = 'pass'
INSERT OVERWRITE TABLE dwd.dwd_live_comment_risk_di PARTITION (p_date = '${date}')
SELECT
  c.comment_id,
  c.room_id,
  c.user_id,
  c.content,
  c.audit_status,
  coalesce(c.risk_label, 'other') AS risk_label,
  c.event_time AS comment_time
WHERE c.p_date = '${date}'
  AND c.audit_status IN ('reject', 'review');
