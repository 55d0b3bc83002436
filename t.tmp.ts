import { caseParagraphs } from './src/lib/case-mdx.ts';
import { methodSpellings } from './src/lib/methods.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
const methods = parse(readFileSync('content/taxonomy/methods.yaml', 'utf8')) as Array<{ id: string; name: string; aliases: string[] }>;
let total = 0, untagged = 0;
for (const f of readdirSync('content/cases').filter((f) => f.endsWith('.mdx')).sort()) {
  const src = readFileSync(`content/cases/${f}`, 'utf8');
  const end = src.indexOf('\n---', 3);
  const fm = parse(src.slice(4, end)) as { methods: string[] };
  const body = src.slice(end + 4);
  for (const para of caseParagraphs(body)) {
    for (const m of methods) {
      const hit = methodSpellings({ name: m.name, aliases: m.aliases ?? [] }).find((t) => para.text.includes(t));
      if (!hit) continue;
      total++;
      if (!fm.methods.includes(m.id)) { untagged++; console.log(f.replace('.mdx',''), 'p' + para.p, m.id, hit, '|', para.text.slice(Math.max(0, para.text.indexOf(hit) - 30), para.text.indexOf(hit) + hit.length + 20)); }
    }
  }
}
console.log('mentions', total, 'untagged', untagged);
