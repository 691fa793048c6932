/*---
owner: {{owner}}
description: {{description}}
lifecycle_days: 180
tags: [ods, log]
checks:
  - not_null: [{{key_column}}]
---*/
CREATE TABLE IF NOT EXISTS {{database}}.{{name}} (
{{columns}}
) COMMENT '{{comment}}'
{{partition}}STORED AS ORC;
