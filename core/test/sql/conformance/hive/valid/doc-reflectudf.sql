-- Source: Hive Language Manual, ReflectUDF, https://hive.apache.org/docs/latest/language/reflectudf/ (apache/hive-site content/docs/latest/language/reflectudf.md).
SELECT reflect("java.lang.String", "valueOf", 1),
       reflect("java.lang.String", "isEmpty"),
       reflect("java.lang.Math", "max", 2, 3),
       reflect("java.lang.Math", "min", 2, 3),
       reflect("java.lang.Math", "round", 2.5),
       reflect("java.lang.Math", "exp", 1.0),
       reflect("java.lang.Math", "floor", 1.9)
FROM src LIMIT 1;
