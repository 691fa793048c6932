-- Source: Spark SQL reference, "SET TIME ZONE", https://spark.apache.org/docs/latest/sql-ref-syntax-aux-conf-mgmt-set-timezone.html (apache/spark docs/sql-ref-syntax-aux-conf-mgmt-set-timezone.md).
SET TIME ZONE LOCAL
SET TIME ZONE 'timezone_value'
SET TIME ZONE INTERVAL interval_literal;
-- ----
-- Set time zone to the system default.
SET TIME ZONE LOCAL;
-- ----
-- Set time zone to the region-based zone ID.
SET TIME ZONE 'America/Los_Angeles';
-- ----
-- Set time zone to the Zone offset.
SET TIME ZONE '+08:00';
-- ----
-- Set time zone with intervals.
SET TIME ZONE INTERVAL 1 HOUR 30 MINUTES;
-- ----
SET TIME ZONE INTERVAL '08:30:00' HOUR TO SECOND;
