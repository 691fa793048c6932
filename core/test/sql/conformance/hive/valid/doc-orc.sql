-- Source: Hive Language Manual, LanguageManual ORC, https://hive.apache.org/docs/latest/language/languagemanual-orc/ (apache/hive-site content/docs/latest/language/languagemanual-orc.md).
create table Addresses (
  name string,
  street string,
  city string,
  state string,
  zip int
) stored as orc tblproperties ("orc.compress"="NONE");
