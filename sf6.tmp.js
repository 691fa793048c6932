const fs=require('fs');
const {formatSql} = require('./core/dist/src/format');
const {splitCorpusFile} = require('./core/dist/test/sql/conformance/corpus');
const [file,line]=process.argv[2].split(':'); const d=file.split('/')[0];
const text=fs.readFileSync('core/test/sql/conformance/'+file,'utf8');
const c=splitCorpusFile(text).filter(c=>c.line<=line).pop();
console.log(c.text.trim());console.log('---');
// monkeypatch: show restored text
const fsm=require('./core/dist/src/format/format-statement');
const sdk=require('sql-formatter');
const {flink}=require('./core/dist/src/format/flink-dialect');
console.log(sdk.formatDialect(c.text.replace(/^--.*$/mg,'').trim(),{dialect:{spark:sdk.spark,hive:sdk.hive,flink}[d],keywordCase:'upper',dataTypeCase:'upper'}));
