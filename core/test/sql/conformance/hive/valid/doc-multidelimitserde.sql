-- Source: Hive documentation, MultiDelimitSerDe, https://hive.apache.org/docs/latest/user/multidelimitserde/ (apache/hive-site content/docs/latest/user/multidelimitserde.md).
CREATE TABLE test (
 id string,
 hivearray array<binary>,
 hivemap map<string,int>)
ROW FORMAT SERDE 'org.apache.hadoop.hive.serde2.MultiDelimitSerDe'
WITH SERDEPROPERTIES ("field.delim"="[,]","collection.delim"=":","mapkey.delim"="@");
