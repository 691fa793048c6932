const fs=require('fs');
const {splitCorpusFile} = require('./core/dist/test/sql/conformance/corpus');
const {parse}=require('./core/dist/src');
const sdk=require('sql-formatter');
const {flink}=require('./core/dist/src/format/flink-dialect');
const [file,line]=process.argv[2].split(':'); const d=file.split('/')[0];
const text=fs.readFileSync('core/test/sql/conformance/'+file,'utf8');
const c=splitCorpusFile(text).filter(c=>c.line<=line).pop();
const src=c.text.replace(/^--.*$/mg,'').trim().replace(/;$/,'');
const out=sdk.formatDialect(src,{dialect:{spark:sdk.spark,hive:sdk.hive,flink}[d],keywordCase:'upper',dataTypeCase:'upper'});
function diff(a,b,p){ if(a===b) return; if(typeof a!=='object'||typeof b!=='object'||!a||!b){console.log(p, JSON.stringify(a), JSON.stringify(b)); return;}
 for (const k of new Set([...Object.keys(a),...Object.keys(b)])) { if(k==='start'||k==='end') continue; diff(a[k],b[k],p+'.'+k); } }
diff(parse(src,d).statements[0], parse(out,d).statements[0], '');
