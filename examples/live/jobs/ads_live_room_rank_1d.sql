/*---
type: batch
schedule: '@daily'
owner: live-ops
retries: 2
timeout: 30m
vars:
  top_n: {default: '100', pattern: '[0-9]{1,4}', description: rooms kept per category}
description: Ranks the rooms that broadcast that day by hot score within their category, keeping the top_n best of each.
tags: [ads, dashboard]
---*/
WITH scored AS (
  SELECT
    room_id,
    anchor_id,
    coalesce(category, 'other') AS category,
    watch_uv,
    gift_amount,
    CAST(watch_uv + like_cnt / 200 + 2 * comment_cnt + gift_amount AS DECIMAL(18,2)) AS hot_score
  FROM dws.dws_live_room_1d
  WHERE p_date = '${date}'
    AND broadcast_cnt > 0
),
category_total AS (
  SELECT category, sum(gift_amount) AS category_gift_amount
  FROM scored
  GROUP BY category
),
ranked AS (
  SELECT
    s.category,
    s.room_id,
    s.anchor_id,
    s.watch_uv,
    s.gift_amount,
    s.hot_score,
    CAST(if(t.category_gift_amount > 0, s.gift_amount / t.category_gift_amount, 0) AS DECIMAL(18,4)) AS gift_share,
    row_number() OVER (PARTITION BY s.category ORDER BY s.hot_score DESC, s.room_id ASC) AS rank_no
  FROM scored AS s
  JOIN category_total AS t ON s.category = t.category
)
INSERT OVERWRITE TABLE ads.ads_live_room_rank_1d PARTITION (p_date = '${date}')
SELECT
  k.category,
  CAST(k.rank_no AS INT) AS rank_no,
  k.room_id,
  k.anchor_id,
  coalesce(a.anchor_name, 'unknown') AS anchor_name,
  k.watch_uv,
  k.gift_amount,
  k.hot_score,
  k.gift_share
FROM ranked AS k
LEFT JOIN dim.dim_live_anchor_df AS a
  ON k.anchor_id = a.anchor_id AND a.p_date = '${date}'
WHERE k.rank_no <= ${top_n};
