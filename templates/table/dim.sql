/*---
owner: {{owner}}
description: {{description}}
lifecycle_days: 400
grain: one row per {{key_column}} (full snapshot)
tags: [dim]
checks:
  - unique: [{{key_column}}]
---*/
CREATE TABLE IF NOT EXISTS {{database}}.{{name}} (
{{columns}}
) COMMENT '{{comment}}'
{{partition}}STORED AS ORC;
