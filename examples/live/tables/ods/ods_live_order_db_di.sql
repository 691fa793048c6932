/*---
owner: live-data
description: Live-shopping orders from the order database binlog; every change of an order lands as a new row.
lifecycle_days: 365
tags: [ods, binlog, revenue]
checks:
  - not_null: [order_id, room_id, user_id, order_status, update_time]
  - accepted_values: {column: order_status, values: [created, paid, refunded, cancelled]}
---*/
CREATE TABLE IF NOT EXISTS ods.ods_live_order_db_di (
  order_id      BIGINT        COMMENT 'order id',
  room_id       BIGINT        COMMENT 'live room the order was placed in',
  anchor_id     BIGINT        COMMENT 'anchor selling the product',
  user_id       BIGINT        COMMENT 'buyer id',
  product_id    BIGINT        COMMENT 'product id',
  product_name  STRING        COMMENT 'product name at order time',
  quantity      INT           COMMENT 'items ordered',
  pay_amount    DECIMAL(18,2) COMMENT 'amount paid, CNY',
  order_status  STRING        COMMENT 'created | paid | refunded | cancelled',
  create_time   TIMESTAMP     COMMENT 'order creation time',
  pay_time      TIMESTAMP     COMMENT 'payment time, null until paid',
  update_time   TIMESTAMP     COMMENT 'binlog change time',
  ext           STRING        COMMENT 'JSON text: {"coupon_amount": "5.00", "channel": "live_cart"}'
) COMMENT 'live order binlog changes, daily incremental'
PARTITIONED BY (p_date STRING COMMENT 'yyyy-MM-dd')
STORED AS ORC
TBLPROPERTIES ('source.db' = 'live_mall.t_order', 'ingest' = 'binlog');
