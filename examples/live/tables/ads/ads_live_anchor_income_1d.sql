/*---
owner: live-finance
description: Daily anchor income with month-to-date totals, for anchor settlement and guild reports.
lifecycle_days: 1095
grain: one row per anchor per day
tags: [ads, finance]
checks:
  - unique: [anchor_id]
  - not_null: [anchor_id, income_amount, income_mtd]
  - expression: income_mtd >= income_amount
---*/
CREATE TABLE IF NOT EXISTS ads.ads_live_anchor_income_1d (
  anchor_id         BIGINT        COMMENT 'anchor id',
  anchor_name       STRING        COMMENT 'anchor display name',
  guild_id          BIGINT        COMMENT 'guild id',
  guild_name        STRING        COMMENT 'guild name',
  level_name        STRING        COMMENT 'anchor level name',
  broadcast_hours   DECIMAL(18,2) COMMENT 'hours broadcast that day',
  gift_income       DECIMAL(18,2) COMMENT 'anchor share of gift value, CNY',
  order_commission  DECIMAL(18,2) COMMENT 'commission on paid orders, CNY',
  income_amount     DECIMAL(18,2) COMMENT 'gift_income + order_commission, CNY',
  income_mtd        DECIMAL(18,2) COMMENT 'income_amount summed from the first of the month to p_date',
  income_rank       INT           COMMENT 'rank of income_amount within the guild, 1 = highest'
) COMMENT 'live anchor income, daily'
PARTITIONED BY (p_date STRING COMMENT 'yyyy-MM-dd')
STORED AS ORC
TBLPROPERTIES ('export.target' = 'finance_mysql', 'orc.compress' = 'ZLIB');
