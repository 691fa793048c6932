/*---
type: batch
schedule: '0 3 * * *'
owner: live-finance
retries: 3
timeout: 1h
description: Anchor income of the day with the month-to-date total and the rank inside the guild; runs after the 02:00 batch so late orders are in.
tags: [ads, finance]
---*/
WITH month_income AS (
  SELECT anchor_id, CAST(sum(income_amount) AS DECIMAL(18,2)) AS income_mtd
  FROM dws.dws_live_anchor_1d
  WHERE p_date BETWEEN concat(substr('${date}', 1, 7), '-01') AND '${date}'
  GROUP BY anchor_id
)
INSERT OVERWRITE TABLE ads.ads_live_anchor_income_1d PARTITION (p_date = '${date}')
SELECT
  d.anchor_id,
  d.anchor_name,
  d.guild_id,
  coalesce(a.guild_name, 'independent') AS guild_name,
  d.level_name,
  CAST(d.broadcast_seconds / 3600 AS DECIMAL(18,2)) AS broadcast_hours,
  d.gift_income,
  d.order_commission,
  d.income_amount,
  coalesce(m.income_mtd, d.income_amount) AS income_mtd,
  CAST(rank() OVER (PARTITION BY d.guild_id ORDER BY d.income_amount DESC) AS INT) AS income_rank
FROM dws.dws_live_anchor_1d AS d
LEFT JOIN month_income AS m ON d.anchor_id = m.anchor_id
LEFT JOIN dim.dim_live_anchor_df AS a
  ON d.anchor_id = a.anchor_id AND a.p_date = '${date}'
WHERE d.p_date = '${date}';
