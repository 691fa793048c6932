const fs=require('fs'), path=require('path');
const {formatSql} = require('./core/dist/src/format');
const {splitCorpusFile} = require('./core/dist/test/sql/conformance/corpus');
const {parse} = require('./core/dist/src');
const kinds={};
for (const d of ['spark','hive','flink']) {
  const dir=`core/test/sql/conformance/${d}/valid`;
  for (const f of fs.readdirSync(dir).sort()) {
    const text=fs.readFileSync(path.join(dir,f),'utf8');
    for (const chunk of splitCorpusFile(text)) {
      const r=formatSql(chunk.text,d);
      if (!r.notes.length) continue;
      const s=parse(chunk.text,d).statements;
      for (const n of r.notes) { const st=s.find(x=>chunk.text.slice(0,x.start).split('\n').length-1===n.line); const k=d+' '+(st&&st.kind)+' '+n.message.slice(0,60); (kinds[k]??=[]).push(f+':'+(chunk.line)); }
    }
  }
}
for (const [k,v] of Object.entries(kinds).sort()) console.log(k, v.length, v.slice(0,40).join(' '));
