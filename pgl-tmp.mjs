import { PGlite } from '@electric-sql/pglite';
let t=Date.now(); const db = await PGlite.create(); console.log('create', Date.now()-t);
t=Date.now(); const d2 = await PGlite.create(); console.log('create2', Date.now()-t);
t=Date.now(); const dump = await db.dumpDataDir('none'); console.log('dump', Date.now()-t, dump.size);
t=Date.now(); const d3 = await PGlite.create({loadDataDir: dump}); console.log('load', Date.now()-t);
t=Date.now(); await d3.exec('create schema a; set search_path to a; create table x(i int)'); console.log('schema', Date.now()-t);
