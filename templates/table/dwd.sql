/*---
owner: {{owner}}
description: {{description}}
lifecycle_days: 730
grain: one row per {{key_column}}
tags: [dwd]
checks:
  - not_null: [{{key_column}}]
---*/
CREATE TABLE IF NOT EXISTS {{database}}.{{name}} (
{{columns}}
) COMMENT '{{comment}}'
{{partition}}STORED AS ORC;
