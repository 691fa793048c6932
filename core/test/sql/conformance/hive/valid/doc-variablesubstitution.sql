-- Source: Hive Language Manual, LanguageManual VariableSubstitution, https://hive.apache.org/docs/latest/language/languagemanual-variablesubstitution/ (apache/hive-site content/docs/latest/language/languagemanual-variablesubstitution.md).
create table if not exists b (col int);
-- ----
set x=myvalue;
-- ----
set zzz=5;
-- ----
set system:xxx=5;
-- ----
set system:yyy=${system:xxx};
-- ----
set go=${hiveconf:zzz};
-- ----
set hive.variable.substitute=false;
-- ----
set raw=${hiveconf:zzz};
-- ----
set hive.variable.substitute=true;
-- ----
set a=1;
-- ----
set b=a;
-- ----
set c=${hiveconf:${hiveconf:b}};
-- ----
set jar=../lib/derby.jar;
