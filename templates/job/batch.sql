/*---
type: batch
dialect: {{dialect}}
schedule: '{{schedule}}'
owner: {{owner}}
retries: 3
description: {{description}}
---*/
INSERT OVERWRITE TABLE {{target}}{{partition_spec}}
SELECT
{{select_list}}
FROM {{source}}{{source_filter}};
