const ctxMod=require('./dist/src/tasks/test-context');const {runTests}=require('./dist/src/tasks/test');
const T={};const wrap=(obj,name,label)=>{const f=obj[name];obj[name]=function(...a){const t=process.hrtime.bigint();const r=f.apply(this,a);const done=()=>{T[label]=(T[label]||0)+Number(process.hrtime.bigint()-t)/1e6};if(r&&r.then)return r.finally(done);done();return r;}};
const C=ctxMod.UnitTestContext.prototype;
const origOpen=C.open;C.open=async function(){const t=process.hrtime.bigint();const e=await origOpen.call(this);T.open=(T.open||0)+Number(process.hrtime.bigint()-t)/1e6;
 for(const m of ['createTables','insertRows','executeInTransaction','query','close'])wrap(e,m,m);return e;};
wrap(C,'translate','translate');
(async()=>{const t=Date.now();const r=await runTests({project:'/tmp/tp-suite/live',cwd:'/tmp/tp-suite/live',parallel:+process.argv[2]});const u=process.cpuUsage();console.log(r.passed,r.failed,r.errors,Date.now()-t,"cpu",(u.user+u.system)/1000);console.log(T);})();
