/*---
type: batch
schedule: '@daily'
owner: live-data
retries: 3
timeout: 1h
description: Keeps the latest binlog change of every order changed that day.
tags: [dwd, revenue]
---*/
WITH order_changes AS (
  SELECT
    order_id,
    room_id,
    anchor_id,
    user_id,
    product_id,
    product_name,
    quantity,
    pay_amount,
    order_status,
    create_time,
    pay_time,
    get_json_object(ext, '$.coupon_amount') AS coupon_amount,
    get_json_object(ext, '$.channel') AS order_channel,
    row_number() OVER (PARTITION BY order_id ORDER BY update_time DESC) AS rn
  FROM ods.ods_live_order_db_di
  WHERE p_date = '${date}'
)
INSERT OVERWRITE TABLE dwd.dwd_live_order_di PARTITION (p_date = '${date}')
SELECT
  order_id,
  room_id,
  anchor_id,
  user_id,
  product_id,
  product_name,
  quantity,
  coalesce(pay_amount, 0) AS pay_amount,
  CAST(coalesce(coupon_amount, '0') AS DECIMAL(18,2)) AS coupon_amount,
  order_status,
  CASE WHEN order_status = 'paid' THEN 1 ELSE 0 END AS is_paid,
  CASE WHEN order_status = 'refunded' THEN 1 ELSE 0 END AS is_refund,
  coalesce(order_channel, 'other') AS order_channel,
  create_time,
  pay_time
FROM order_changes
WHERE rn = 1;
