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
import { parse as parseYaml } from 'yaml';
import { caseIdOf } from '../ids.ts';
import { proposeTeaching, teachingFileText, type TagData } from '../ingest/teaching-proposals.ts';
import { loadRegionIndex } from './region-index.ts';
import { readMethods, readThemes } from './taxonomy.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

/** The teaching note a draft (its text `text`) is proposed, with how many proposals; undefined while its own proposals are open or none come. */
function draftedTeaching(text: string, content: string): { text: string; count: number } | undefined {
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
  return proposals.length ? { text: teachingFileText(proposals), count: proposals.length } : undefined;
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
 * already proposed beside it: a note still exactly as it was drafted from `before` is proposed again from the tags
 * as they now are; one the editor has touched at all (a proposal answered, a word written) is theirs and stays,
 * said to be drafted from the tags before (trial 19's editor added 考核问责 and found the note silent on it).
 */
export function teachingAfterTagChange(file: string, before: string, after: string, content: string): { redrafted: { file: string; count: number } | undefined } | { stale: string } | undefined {
  const teaching = teachingFileOf(file);
  if (!existsSync(teaching)) return undefined;
  if (readFileSync(teaching, 'utf8') !== draftedTeaching(before, content)?.text) return { stale: teaching };
  const drafted = draftedTeaching(after, content);
  if (!drafted) return { stale: teaching };
  writeFileSync(teaching, drafted.text);
  return { redrafted: { file: teaching, count: drafted.count } };
}
