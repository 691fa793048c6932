-- Source: Hive Language Manual, LanguageManual JoinOptimization, https://hive.apache.org/docs/latest/language/languagemanual-joinoptimization/ (apache/hive-site content/docs/latest/language/languagemanual-joinoptimization.md).
-- Statements from that page that are not valid HiveQL (the page shows them as errors or placeholders).
Select count(*) cnt
From store_sales ss
     join household_demographics hd on (ss.ss_hdemo_sk = hd.hd_demo_sk)
     join time_dim t on (ss.ss_sold_time_sk = t.t_time_sk)
     join store s on (s.s_store_sk = ss.ss_store_sk)
Where
     t.t_hour = 8
     t.t_minute >= 30
     hd.hd_dep_count = 2
order by cnt;
