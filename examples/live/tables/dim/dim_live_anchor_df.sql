/*---
owner: live-data
description: Anchor dimension, daily full snapshot, with level names and revenue share.
lifecycle_days: 400
grain: one row per anchor
tags: [dim, anchor]
checks:
  - unique: [anchor_id]
  - not_null: [anchor_id, level_name, share_ratio]
  - expression: share_ratio BETWEEN 0 AND 1
---*/
CREATE TABLE IF NOT EXISTS dim.dim_live_anchor_df (
  anchor_id     BIGINT        COMMENT 'anchor id',
  anchor_name   STRING        COMMENT 'anchor display name',
  guild_id      BIGINT        COMMENT 'guild id, 0 for independent anchors',
  guild_name    STRING        COMMENT 'guild name, independent for guild 0',
  anchor_level  INT           COMMENT 'anchor level 1-5',
  level_name    STRING        COMMENT 'bronze | silver | gold | platinum | diamond',
  share_ratio   DECIMAL(18,2) COMMENT 'share of gift revenue paid to the anchor',
  sign_date     STRING        COMMENT 'contract signing date, yyyy-MM-dd',
  anchor_status STRING        COMMENT 'active | frozen | quit',
  anchor_tags   ARRAY<STRING> COMMENT 'operator tags'
) COMMENT 'anchor dimension, daily full'
PARTITIONED BY (p_date STRING COMMENT 'yyyy-MM-dd')
STORED AS ORC
TBLPROPERTIES ('orc.compress' = 'SNAPPY');
