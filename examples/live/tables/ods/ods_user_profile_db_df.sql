/*---
owner: live-data
description: Full daily snapshot of the user profile table of the account database.
lifecycle_days: 30
tags: [ods, snapshot, user]
checks:
  - unique: [user_id]
  - not_null: [user_id, register_time]
---*/
CREATE TABLE IF NOT EXISTS ods.ods_user_profile_db_df (
  user_id       BIGINT        COMMENT 'user id',
  nick_name     STRING        COMMENT 'display name',
  gender        STRING        COMMENT 'm | f | u',
  birth_year    INT           COMMENT 'year of birth, 0 when unknown',
  city          STRING        COMMENT 'city from the profile',
  register_time TIMESTAMP     COMMENT 'account registration time',
  tags          ARRAY<STRING> COMMENT 'interest tags picked at onboarding, free text',
  ext           MAP<STRING, STRING> COMMENT 'extras, e.g. channel (install channel), vip_level'
) COMMENT 'user profile snapshot, daily full'
PARTITIONED BY (p_date STRING COMMENT 'yyyy-MM-dd')
STORED AS ORC
TBLPROPERTIES ('source.db' = 'account.t_user_profile', 'ingest' = 'datax-full');
