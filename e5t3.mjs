import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import fs from 'node:fs';
const j = Jieba.withDict(dict);
const freq = new Map(); for (const line of Buffer.from(dict).toString('utf8').split('\n')) { const [w,f,t]=line.split(' '); if (w) freq.set(w,+f); }
const T = +process.argv[2];
const all = fs.readdirSync('content/sources/raw').map(f=>fs.readFileSync('content/sources/raw/'+f,'utf8')).join('\n');
const count = new Map(); for (const c of all) count.set(c,(count.get(c)??0)+1);
let n=0;
for (const f of fs.readdirSync('content/sources/raw')) {
  for (const line of fs.readFileSync('content/sources/raw/'+f,'utf8').split('\n')) {
    const w = j.cut(line,false);
    w.forEach((x,i)=>{ if (Array.from(x).length===1 && /\p{Script=Han}/u.test(x) && (freq.get(x)??0)<T && count.get(x)<=+process.argv[3] && /^\p{Script=Han}{2,}$/u.test(w[i-1]??"") && /^\p{Script=Han}{2,}$/u.test(w[i+1]??"")) { n++; console.log(f.slice(0,3), x, freq.get(x), count.get(x), (w[i-1]??'')+'['+x+']'+(w[i+1]??'')); } });
  }
}
console.log('total', n);
