/*---
type: batch
schedule: '@daily'
owner: live-data
retries: 2
timeout: 30m
description: Builds the anchor dimension; level names and revenue share follow the 2026 anchor contract.
tags: [dim]
---*/
INSERT OVERWRITE TABLE dim.dim_live_anchor_df PARTITION (p_date = '${date}')
SELECT
  anchor_id,
  anchor_name,
  coalesce(guild_id, 0) AS guild_id,
  CASE WHEN coalesce(guild_id, 0) = 0 THEN 'independent' ELSE guild_name END AS guild_name,
  anchor_level,
  CASE anchor_level
    WHEN 1 THEN 'bronze'
    WHEN 2 THEN 'silver'
    WHEN 3 THEN 'gold'
    WHEN 4 THEN 'platinum'
    ELSE 'diamond'
  END AS level_name,
  CAST(CASE
    WHEN anchor_level >= 5 THEN 0.60
    WHEN anchor_level >= 3 THEN 0.50
    ELSE 0.40
  END AS DECIMAL(18,2)) AS share_ratio,
  date_format(sign_time, 'yyyy-MM-dd') AS sign_date,
  status AS anchor_status,
  tags AS anchor_tags
FROM ods.ods_anchor_profile_db_df
WHERE p_date = '${date}';
