-- Source: Hive Language Manual, StatisticsAndDataMining, https://hive.apache.org/docs/latest/language/statisticsanddatamining/ (apache/hive-site content/docs/latest/language/statisticsanddatamining.md).
SELECT explode(ngrams(sentences(lower(val)), 2, 10)) AS x FROM kafka;
-- ----
SELECT explode(context_ngrams(sentences(lower(val)), array("he", null), 10)) AS x FROM kafka;
-- ----
SELECT histogram_numeric(age) FROM users GROUP BY gender;
-- ----
SELECT explode(histogram_numeric(val, 10)) AS x FROM normal;
