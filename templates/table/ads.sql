/*---
owner: {{owner}}
description: {{description}}
lifecycle_days: 400
grain: one row per {{key_column}}, served to dashboards and APIs
tags: [ads, serving]
checks:
  - not_null: [{{key_column}}]
---*/
CREATE TABLE IF NOT EXISTS {{database}}.{{name}} (
{{columns}}
) COMMENT '{{comment}}'
{{partition}}STORED AS ORC;
