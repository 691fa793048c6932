const {parse, tokenize} = require('./core/dist/src');
const t = "/*--- x ---*/\n-- lead\nSELECT a, /* c */ b FROM t -- tail\n;\n\n  INSERT INTO x SELECT ${date}, ods_${env} FROM y WHERE TRUE";
const s = parse(t,'spark');
for (const st of s.statements) console.log(st.kind, st.start, st.end, JSON.stringify(t.slice(st.start, st.end)));
console.log(JSON.stringify(s.statements[1]).slice(0,1500));
