const fs=require('fs'), path=require('path');
const {formatSql} = require('./core/dist/src/format');
const {splitCorpusFile} = require('./core/dist/test/sql/conformance/corpus');
const {parse} = require('./core/dist/src');
const stats={};
const reasons={};
let t0=Date.now();
for (const d of ['spark','hive','flink']) {
  const dir=`core/test/sql/conformance/${d}/valid`;
  stats[d]={ok:0,kept:0,unchanged:0,err:0, idem:0};
  for (const f of fs.readdirSync(dir).sort()) {
    const text=fs.readFileSync(path.join(dir,f),'utf8');
    for (const chunk of splitCorpusFile(text)) {
      const r=formatSql(chunk.text,d);
      if (r.syntaxError) { stats[d].err++; continue; }
      if (r.notes.length) { stats[d].kept++; for (const n of r.notes) { const k=d+' '+n.message; (reasons[k]??=[]).push(f+':'+(chunk.line+n.line)); } }
      else stats[d].ok++;
      const r2=formatSql(r.text,d);
      if (r2.text!==r.text) { stats[d].idem++; if (process.env.SHOW) console.log('NONIDEM', f, chunk.line, JSON.stringify(r.text).slice(0,300), '\n', JSON.stringify(r2.text).slice(0,300)); }
    }
  }
}
console.log(stats, Date.now()-t0,'ms');
for (const [k,v] of Object.entries(reasons)) console.log(k, v.length, v.slice(0,6).join(' '));
