const fs=require('fs');
const {splitCorpusFile} = require('./core/dist/test/sql/conformance/corpus');
const st=require('./core/dist/src/format/same-tree');
const orig=st.sameTree;
function diff(a,b,p){ if(a===b) return; if(typeof a!=='object'||typeof b!=='object'||!a||!b){console.log(p, JSON.stringify(a), JSON.stringify(b)); return;}
 for (const k of new Set([...Object.keys(a),...Object.keys(b)])) { if(k==='start'||k==='end') continue; diff(a[k],b[k],p+'.'+k); } }
st.sameTree=(a,b)=>{ const r=orig(a,b); if(!r) diff(a,b,''); return r; };
const {formatSql}=require('./core/dist/src/format');
const [file,line]=process.argv[2].split(':'); const d=file.split('/')[0];
const text=fs.readFileSync('core/test/sql/conformance/'+file,'utf8');
const c=splitCorpusFile(text).filter(c=>c.line<=line).pop();
const r=formatSql(c.text,d); console.log(r.notes); console.log(r.text);
