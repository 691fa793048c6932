/*---
owner: live-data
description: User dimension, daily full snapshot, with cleaned interest tags and the install channel.
lifecycle_days: 400
grain: one row per user
tags: [dim, user]
checks:
  - unique: [user_id]
  - not_null: [user_id, register_date, is_new_user]
  - accepted_values: {column: age_range, values: ['<18', '18-24', '25-34', '35+', unknown]}
---*/
CREATE TABLE IF NOT EXISTS dim.dim_user_df (
  user_id       BIGINT        COMMENT 'user id',
  nick_name     STRING        COMMENT 'display name',
  gender        STRING        COMMENT 'm | f | u',
  age_range     STRING        COMMENT '<18 | 18-24 | 25-34 | 35+ | unknown',
  city          STRING        COMMENT 'city from the profile',
  channel       STRING        COMMENT 'install channel, unknown when missing',
  register_date STRING        COMMENT 'registration date, yyyy-MM-dd',
  is_new_user   INT           COMMENT '1 when registered on p_date',
  user_tags     ARRAY<STRING> COMMENT 'interest tags, lower-cased, trimmed, de-duplicated'
) COMMENT 'user dimension, daily full'
PARTITIONED BY (p_date STRING COMMENT 'yyyy-MM-dd')
STORED AS ORC
TBLPROPERTIES ('orc.compress' = 'SNAPPY');
