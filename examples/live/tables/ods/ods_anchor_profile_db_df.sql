/*---
owner: live-data
description: Full daily snapshot of signed anchors and their guilds.
lifecycle_days: 30
tags: [ods, snapshot, anchor]
checks:
  - unique: [anchor_id]
  - not_null: [anchor_id, anchor_level]
---*/
CREATE TABLE IF NOT EXISTS ods.ods_anchor_profile_db_df (
  anchor_id     BIGINT        COMMENT 'anchor id',
  anchor_name   STRING        COMMENT 'anchor display name',
  guild_id      BIGINT        COMMENT 'guild (agency) id, 0 for independent anchors',
  guild_name    STRING        COMMENT 'guild name',
  anchor_level  INT           COMMENT 'anchor level 1-5',
  sign_time     TIMESTAMP     COMMENT 'contract signing time',
  status        STRING        COMMENT 'active | frozen | quit',
  tags          ARRAY<STRING> COMMENT 'operator tags, e.g. top, rookie, singer'
) COMMENT 'anchor profile snapshot, daily full'
PARTITIONED BY (p_date STRING COMMENT 'yyyy-MM-dd')
STORED AS ORC
TBLPROPERTIES ('source.db' = 'live_ops.t_anchor', 'ingest' = 'datax-full');
