/*---
owner: live-data
description: Gift sends, de-duplicated by log id and priced from the gift dimension.
lifecycle_days: 730
grain: one row per gift send (log id)
tags: [dwd, revenue]
checks:
  - unique: [log_id]
  - not_null: [log_id, room_id, user_id, gift_id, gift_amount]
  - expression: gift_amount >= 0
---*/
CREATE TABLE IF NOT EXISTS dwd.dwd_live_gift_send_di (
  log_id       STRING        COMMENT 'gift send log id',
  room_id      BIGINT        COMMENT 'live room id',
  anchor_id    BIGINT        COMMENT 'anchor receiving the gift',
  user_id      BIGINT        COMMENT 'viewer sending the gift',
  gift_id      BIGINT        COMMENT 'gift id',
  gift_name    STRING        COMMENT 'gift name',
  gift_type    STRING        COMMENT 'normal | lucky | noble, unknown when the gift is not configured',
  gift_cnt     INT           COMMENT 'number of gifts in this send',
  gift_coin    BIGINT        COMMENT 'coins spent: price_coin * gift_cnt',
  gift_amount  DECIMAL(18,2) COMMENT 'CNY spent: price_amount * gift_cnt',
  send_source  STRING        COMMENT 'panel | bag | lottery',
  is_lucky     INT           COMMENT '1 when a lucky gift hit its bonus',
  combo_id     STRING        COMMENT 'combo id',
  os           STRING        COMMENT 'sender device os',
  send_time    TIMESTAMP     COMMENT 'send time'
) COMMENT 'live gift sends, daily incremental'
PARTITIONED BY (p_date STRING COMMENT 'yyyy-MM-dd')
STORED AS ORC;
