const {format, formatDialect, spark, hive} = require('sql-formatter');
const fs=require('fs');
const t=fs.readFileSync(process.argv[2],'utf8');
const t0=Date.now();
try { console.log(format(t,{language:process.argv[3]||'spark', keywordCase:'upper'})); } catch(e){console.log('ERR',e.message)}
console.error(Date.now()-t0,'ms');
