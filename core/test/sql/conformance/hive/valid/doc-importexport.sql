-- Source: Hive Language Manual, LanguageManual ImportExport, https://hive.apache.org/docs/latest/language/languagemanual-importexport/ (apache/hive-site content/docs/latest/language/languagemanual-importexport.md).
export table department to 'hdfs_exports_location/department';
-- ----
import from 'hdfs_exports_location/department';
-- ----
import table imported_dept from 'hdfs_exports_location/department';
-- ----
export table employee partition (emp_country="in", emp_state="ka") to 'hdfs_exports_location/employee';
-- ----
import from 'hdfs_exports_location/employee';
-- ----
export table employee to 'hdfs_exports_location/employee';
-- ----
import table employee partition (emp_country="us", emp_state="tn") from 'hdfs_exports_location/employee';
-- ----
import table department from 'hdfs_exports_location/department'
       location 'import_target_location/department';
-- ----
import external table department from 'hdfs_exports_location/department';
