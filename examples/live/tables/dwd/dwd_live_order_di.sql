/*---
owner: live-data
description: Latest state of every live-shopping order changed that day (binlog de-duplicated).
lifecycle_days: 730
grain: one row per order
tags: [dwd, revenue]
checks:
  - unique: [order_id]
  - not_null: [order_id, room_id, user_id, order_status]
  - expression: pay_amount >= 0
---*/
CREATE TABLE IF NOT EXISTS dwd.dwd_live_order_di (
  order_id       BIGINT        COMMENT 'order id',
  room_id        BIGINT        COMMENT 'live room the order was placed in',
  anchor_id      BIGINT        COMMENT 'anchor selling the product',
  user_id        BIGINT        COMMENT 'buyer id',
  product_id     BIGINT        COMMENT 'product id',
  product_name   STRING        COMMENT 'product name at order time',
  quantity       INT           COMMENT 'items ordered',
  pay_amount     DECIMAL(18,2) COMMENT 'amount paid, CNY',
  coupon_amount  DECIMAL(18,2) COMMENT 'coupon discount, CNY, 0 when none',
  order_status   STRING        COMMENT 'created | paid | refunded | cancelled',
  is_paid        INT           COMMENT '1 when paid and not refunded',
  is_refund      INT           COMMENT '1 when refunded',
  order_channel  STRING        COMMENT 'live_cart | short_video | other',
  create_time    TIMESTAMP     COMMENT 'order creation time',
  pay_time       TIMESTAMP     COMMENT 'payment time, null until paid'
) COMMENT 'live orders, latest state, daily incremental'
PARTITIONED BY (p_date STRING COMMENT 'yyyy-MM-dd')
STORED AS ORC;
