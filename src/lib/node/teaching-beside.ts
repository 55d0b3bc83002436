/**
 * A draft whose proposals are all answered gets its teaching note proposed
 * beside it, where publish looks for it (<draft>.teaching.yaml), from its
 * accepted grounds, the region data and the taxonomy's phrases and questions
 * (ingest/teaching-proposals.ts). One owner for the terminal (`npm run
 * accept`) and the desk, which answers proposals too. A teaching file already
 * there is the editor's and is never overwritten; a published case's note
 * lives in teaching/, never beside the case file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isSeq, parse as parseYaml, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { caseIdOf } from '../ids.ts';
import { proposeTeaching, teachingFileText, type TagData, type TeachingProposal } from '../ingest/teaching-proposals.ts';
import { loadRegionIndex } from './region-index.ts';
import { readMethods, readThemes } from './taxonomy.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

/** The teaching note a draft (its text `text`) is proposed, with how many proposals; undefined while its own proposals are open or none come. */
function draftedTeaching(text: string, content: string): { text: string; count: number; proposals: TeachingProposal[] } | undefined {
  const head = FRONTMATTER.exec(text)?.[1] ?? '';
  if (/^proposals:/m.test(head)) return undefined;
  const fm = (parseYaml(head) ?? {}) as { region?: { code?: string; township?: string } };
  const code = fm.region?.code;
  const chain = code ? loadRegionIndex().chain(code) : [];
  // The place as a summary names it: the township, or the region's own name (濮阳市), not the chain.
  const place = fm.region?.township ?? chain.at(-1)?.name;
  // Methods as written, not widened by practice names.
  const tags = new Map<string, TagData>([...readMethods(content), ...readThemes(content)].map((t) => [t.id, t]));
  const proposals = proposeTeaching(text, place, tags);
  return proposals.length ? { text: teachingFileText(proposals), count: proposals.length, proposals } : undefined;
}

const teachingFileOf = (file: string) => path.join(path.dirname(file), `${caseIdOf(file)}.teaching.yaml`);

/** Writes the proposed note beside draft `file` (its text `text`) when it is due; says what it wrote, or undefined. */
export function proposeTeachingBeside(file: string, text: string, content: string): { file: string; count: number } | undefined {
  const teaching = teachingFileOf(file);
  if (!/\.mdx$/.test(file) || path.resolve(path.dirname(file)) === path.join(path.resolve(content), 'cases') || existsSync(teaching)) return undefined;
  const drafted = draftedTeaching(text, content);
  if (!drafted) return undefined;
  writeFileSync(teaching, drafted.text, { flag: 'wx' });
  return { file: teaching, count: drafted.count };
}

/**
 * After a method or theme is added to or taken from draft `file` (`before` → `after`) whose teaching note is
 * already proposed beside it: a note still exactly as it was drafted from `before` is proposed again whole; in one
 * the editor has begun, the proposals still open are drafted again from the tags as they now are, and what the
 * editor answered or wrote stays as it stands: no purpose is proposed over one written, no item twice (trial 21's
 * drafted purpose still built on a method removed, and left out the methods added). A note with no proposal open
 * is the editor's alone: it is said to be drafted from the tags before (trial 19).
 */
export function teachingAfterTagChange(file: string, before: string, after: string, content: string): { redrafted: { file: string; count: number } | undefined } | { stale: string } | undefined {
  const teaching = teachingFileOf(file);
  if (!existsSync(teaching)) return undefined;
  const text = readFileSync(teaching, 'utf8');
  const drafted = draftedTeaching(after, content);
  if (text === draftedTeaching(before, content)?.text) {
    if (!drafted) return { stale: teaching };
    writeFileSync(teaching, drafted.text);
    return { redrafted: { file: teaching, count: drafted.count } };
  }
  const doc = parseDocument(text);
  const open = doc.get('proposals');
  if (!isSeq(open) || open.items.length === 0) return { stale: teaching };
  const note = (doc.toJS() ?? {}) as { purpose?: unknown; questions?: Array<{ text?: unknown }>; points?: Array<{ text?: unknown }> };
  const answered = new Set([...(note.questions ?? []), ...(note.points ?? [])].map((x) => String(x?.text ?? '')));
  const fresh = (drafted?.proposals ?? []).filter((x) => (x.field === 'purpose' ? !String(note.purpose ?? '').trim() : !answered.has(x.value)));
  if (fresh.length) {
    doc.set('proposals', doc.createNode(fresh.map((x) => ({ field: x.field, value: x.value, paragraphs: x.paragraphs, why: x.why }))));
    for (const item of (doc.get('proposals') as YAMLSeq<YAMLMap>).items) item.flow = true;
  } else doc.delete('proposals');
  writeFileSync(teaching, doc.toString({ lineWidth: 0 }));
  return { redrafted: { file: teaching, count: fresh.length } };
}
