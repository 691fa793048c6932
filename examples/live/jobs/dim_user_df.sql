/*---
type: batch
schedule: '@daily'
owner: live-data
retries: 2
timeout: 1h
description: Builds the user dimension; onboarding tags are free text, so they are exploded, cleaned and collected back.
tags: [dim]
---*/
WITH profile AS (
  SELECT
    user_id,
    nick_name,
    gender,
    birth_year,
    city,
    register_time,
    tags,
    coalesce(ext['channel'], 'unknown') AS channel
  FROM ods.ods_user_profile_db_df
  WHERE p_date = '${date}'
),
clean_tags AS (
  -- OUTER keeps users without tags; collect_set drops the NULL that OUTER produces for them
  SELECT
    p.user_id,
    collect_set(CASE WHEN trim(t.tag) <> '' THEN lower(trim(t.tag)) END) AS user_tags
  FROM profile AS p
  LATERAL VIEW OUTER explode(p.tags) t AS tag
  GROUP BY p.user_id
)
INSERT OVERWRITE TABLE dim.dim_user_df PARTITION (p_date = '${date}')
SELECT
  p.user_id,
  p.nick_name,
  coalesce(p.gender, 'u') AS gender,
  CASE
    WHEN p.birth_year IS NULL OR p.birth_year = 0 THEN 'unknown'
    WHEN year('${date}') - p.birth_year < 18 THEN '<18'
    WHEN year('${date}') - p.birth_year < 25 THEN '18-24'
    WHEN year('${date}') - p.birth_year < 35 THEN '25-34'
    ELSE '35+'
  END AS age_range,
  p.city,
  p.channel,
  date_format(p.register_time, 'yyyy-MM-dd') AS register_date,
  CASE WHEN date_format(p.register_time, 'yyyy-MM-dd') = '${date}' THEN 1 ELSE 0 END AS is_new_user,
  c.user_tags
FROM profile AS p
LEFT JOIN clean_tags AS c ON p.user_id = c.user_id;
