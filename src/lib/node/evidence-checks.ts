/**
 * Warnings an editor must answer (issue 25): readings a machine can suspect
 * but only an editor can settle. Evidence that reads as an aim (要…、实现…转变)
 * or is a bare item of a 、-list; a spelling that names two methods, or a
 * method and a named practice, or stands in no case text; a practice's method
 * link without grounds. Each is answered in the file beside what it questions
 * (evidence `reason`, taxonomy `spellingNotes`, practice `basis`), so the
 * choice stays visible; an unanswered warning is a check:content problem, and
 * so is an answer to nothing (a stale one).
 *
 * Node-only (reads practices.yaml); called from checkContent.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import type { CaseData } from '../../schemas/case.ts';
import { createPracticeSchema, type Practice } from '../../schemas/practice.ts';
import { methodSchema, type Method } from '../../schemas/taxonomy.ts';
import { methodSpellings } from '../methods.ts';
import { quotations } from '../text.ts';
import { checkMessage } from '../check-messages.ts';

/** A case as checkContent has read it. */
export interface CheckedCase {
  rel: string;
  data: CaseData;
  paragraphs: ReadonlyMap<number, string>;
}

// --- evidence ---------------------------------------------------------------

/** Words that make a clause an aim or an exhortation rather than a report of what was done. */
const AIM = /应当|必须|要求|努力|力争|探索建立|实现[^，。；！？]*?转变|要|应/u;

/**
 * Words that make a clause a plan, what will be done (下一步，我们将…; 今后将…; 计划于…; 拟在…). 将 only as
 * “will”: after 我们/我 or before an adverb of what is to come; 将群众的问题记入… brings the object forward and
 * reports. 计划 and 拟 only as verbs of intent (计划于明年, 拟在各村), not 计划生育, 工作计划 or 拟定.
 */
const PLAN = /下一步|今后|(?<=我们|我)将|将(?=要|继续|进一步|持续|逐步|不断|全面|加快|加大|着力|深入|力争|努力|重点|大力)|即将|计划(?=[于在到用从将再年明今]|\d)|拟(?=[于在将对用从向再])/u;

/** Words holding 要 or 应 that urge nothing (重要, 相应, 回应, 有求必应…): removed before AIM is tried. */
const NOT_AIM = /的要求|重要|主要|需要|只要|首要|必要|要点|纲要|摘要|要素|要害|要闻|要职|相应|响应|反应|适应|供应|应用|对应|回应|效应|应急|应对|答应|顺应|呼应|感应|有求必应|应邀|应聘|应届|应征|应变|应答/gu;

/** Where a clause starts afresh: a sentence end, a colon, or an example (比如…) that reports what was done. */
const CLAUSE_START = /[。！？；：]|比如说|比如|例如/gu;

/** Longest quote still taken for a bare list item (研究制定处级干部联系基层工作制度 is 16). */
export const LIST_ITEM_MAX = 16;

/**
 * The clause a quote stands in: back to the start of its sentence (or the
 * colon that introduces it), on to the end of the clause the quote ends in —
 * “要深入实际，……做到领导在一线指挥” is urged by the 要 that opens it.
 */
export function clauseOf(paragraph: string, quote: string): string | undefined {
  const at = paragraph.indexOf(quote);
  if (at === -1) return undefined;
  const start = Math.max(0, ...[...paragraph.slice(0, at).matchAll(CLAUSE_START)].map((m) => m.index + m[0].length));
  const rest = paragraph.slice(at + quote.length).search(/[，。！？；]/u);
  return paragraph.slice(start, rest === -1 ? undefined : at + quote.length + rest);
}

/** Aim words that can also state a duty a rule lays down (还要…每天入户, 出台硬性规定，要求…); the others (努力, 力争, 探索建立, 实现…转变) only aim. */
const DUTY = new Set(['要', '应', '应当', '必须', '要求']);

/**
 * A rule the text says is in force, before the clause in the same paragraph:
 * 实行“一村一站一助理”, 出台硬性规定, 建立了…制度, 从2009年开始推行.
 */
const IN_FORCE = /(?:实行|推行|施行|出台|制定|建立)了?[^。；！？]{0,20}?(?:制度|规定|办法|机制|责任制|“[^”]{2,12}”)|从\d{4}年(?:开始|起)/u;

/** Words that keep a 要 urging even after a rule in force (今后还要进一步…), when they follow the rule. */
const URGING = /进一步|今后|下一步|继续|切实|务必|不断|着力|大力/u;

/**
 * The aim word of the quote's clause (要, 实现由…转变…, or a plan's 下一步, 将, 计划, 拟), or undefined when it
 * reports. A 要 / 要求 / 必须 after a rule the paragraph says is in force states
 * the duty that rule lays down (村级事务助理…还要…每天入户, under 实行“一村一站
 * 一助理”) and reports it, unless the clause urges after the rule (进一步,
 * 今后…) or holds an aim of its own (探索建立).
 */
export function aimWord(paragraph: string, quote: string): string | undefined {
  const clause = clauseOf(paragraph, quote);
  if (clause === undefined) return undefined;
  const aims = [...clause.replace(NOT_AIM, '　').matchAll(new RegExp(AIM, 'gu'))];
  // A plan is named only where no urging word is: 今后要… is urged by its 要, as before plans were read.
  if (aims.length === 0) return PLAN.exec(clause)?.[0];
  const first = aims[0]!;
  if (aims.some((m) => !DUTY.has(m[0]))) return first[0];
  const start = paragraph.indexOf(clause);
  const rules = [...paragraph.slice(0, start + first.index).matchAll(new RegExp(IN_FORCE, 'gu'))];
  if (rules.length === 0) return first[0];
  // What the clause says after the rule is what might still urge (a purpose clause before 出台…规定 does not).
  const ruleEnd = rules.at(-1)!.index + rules.at(-1)![0].length;
  return URGING.test(paragraph.slice(Math.max(start, ruleEnd), start + clause.length)) ? first[0] : undefined;
}

/** True when a short quote stands right beside a 、: one name in a list of names. */
export function isListItem(paragraph: string, quote: string): boolean {
  if (Array.from(quote).length > LIST_ITEM_MAX) return false;
  for (let at = paragraph.indexOf(quote); at !== -1; at = paragraph.indexOf(quote, at + 1)) {
    if (paragraph[at - 1] === '、' || paragraph[at + quote.length] === '、') return true;
  }
  return false;
}

/**
 * Evidence of a tag the case does not mark proposed that is a bare list item,
 * or, for a method, reads as an aim (a theme's evidence shows the field the
 * text treats, which an exhortation does too), unanswered.
 */
export function evidenceWarnings(data: CaseData, paragraphs: ReadonlyMap<number, string>): string[] {
  const problems: string[] = [];
  const proposed = new Set(data.proposed);
  const whole = [...paragraphs.values()].join('\n');
  for (const [id, ev] of Object.entries(data.evidence)) {
    const paragraph = paragraphs.get(ev.p);
    if (paragraph === undefined || !paragraph.includes(ev.quote)) continue; // editorialProblems names it
    const aim = data.methods.includes(id) ? aimWord(paragraph, ev.quote) : undefined;
    const at = { id, p: ev.p, quote: ev.quote };
    const warnings = proposed.has(id)
      ? []
      : [
          ...(aim ? [checkMessage('evidence-aim', { ...at, aim })] : []),
          ...(isListItem(paragraph, ev.quote) ? [checkMessage('evidence-list-item', at)] : []),
        ];
    for (const q of quotations(ev.reason ?? '')) if (!whole.includes(q)) problems.push(checkMessage('evidence-reason-quotation', { id, quotation: q }));
    if (ev.reason && warnings.length === 0) problems.push(checkMessage('evidence-reason-unneeded', { id }));
    if (!ev.reason) problems.push(...warnings);
  }
  return problems;
}

// --- taxonomy ---------------------------------------------------------------

type Problems = Array<[rel: string, problem: string]>;

const METHODS_FILE = 'taxonomy/methods.yaml';
const PRACTICES_FILE = 'taxonomy/practices.yaml';

/** Spelling warnings a `spellingNotes` entry answers, and notes that answer none. */
function answered(rel: string, at: string, warnings: ReadonlyMap<string, string[]>, notes: Readonly<Record<string, string>> = {}): Problems {
  const out: Problems = [];
  for (const [spelling, list] of warnings) {
    if (notes[spelling]) continue;
    for (const w of list) out.push([rel, `${at}: ${w}; or answer why it stays (spellingNotes.${spelling}: …)`]);
  }
  for (const spelling of Object.keys(notes)) {
    if (!warnings.has(spelling)) out.push([rel, `${at}.spellingNotes.${spelling}: answers no warning; remove it`]);
  }
  return out;
}

function push(map: Map<string, string[]>, key: string, warning: string) {
  map.set(key, [...(map.get(key) ?? []), warning]);
}

/** A method's aliases stand in a case text; none stands inside another method's spelling. */
function methodWarnings(entries: ReadonlyArray<At<Method>>, corpus: string): Problems {
  const out: Problems = [];
  const methods = entries.map(([, m]) => m);
  entries.forEach(([i, m]) => {
    const warnings = new Map<string, string[]>();
    for (const alias of m.aliases) {
      if (!corpus.includes(alias)) push(warnings, alias, `aliases “${alias}” stands in no case text; spell it as printed or remove it`);
    }
    for (const s of methodSpellings(m)) {
      for (const other of methods) {
        if (other.id === m.id) continue;
        const t = methodSpellings(other).find((x) => x !== s && x.includes(s));
        if (t) push(warnings, s, `“${s}” stands inside “${t}”, a spelling of ${other.name} (${other.id}): a text that writes “${t}” names both methods; one spelling, one method`);
      }
    }
    out.push(...answered(METHODS_FILE, `[${i}] ${m.id}`, warnings, m.spellingNotes));
  });
  return out;
}

/**
 * A practice's names stand in its cases; none is a method's spelling, or
 * holds the spelling of a method the practice is not a form of; every method
 * link has a basis: its own name or quoted definition names the method (“1+10”
 * 党员联系户制度), or `basis` says why, with the text's words in “” (found in
 * its cases) or marked 推定.
 */
function practiceWarnings(practices: ReadonlyArray<At<Practice>>, methods: readonly Method[], texts: ReadonlyMap<string, string>): Problems {
  const out: Problems = [];
  practices.forEach(([i, p]) => {
    const at = `[${i}] ${p.id}`;
    const own = p.cases.map((id) => texts.get(id) ?? '').join('\n');
    const warnings = new Map<string, string[]>();
    for (const name of [p.name, ...p.spellings]) {
      if (!own.includes(name)) push(warnings, name, `“${name}” stands in none of its cases (${p.cases.join(', ')}); spell it as printed or remove it`);
      for (const m of methods) {
        const t = methodSpellings(m).find((x) => x === name || (name.includes(x) && !p.methods.includes(m.id)));
        if (t === name) push(warnings, name, `“${name}” is also a spelling of the method ${m.name} (${m.id}); one spelling, one thing`);
        else if (t) push(warnings, name, `“${name}” holds “${t}”, a spelling of ${m.name} (${m.id}), which the practice is not a form of: a text that writes it names that method too`);
      }
    }
    out.push(...answered(PRACTICES_FILE, at, warnings, p.spellingNotes));

    const defined = [p.name, ...p.spellings, ...(p.definition?.quotes ?? []).map((q) => q.text)].join('\n');
    const basis = p.basis ?? {};
    p.methods.forEach((id, k) => {
      const m = methods.find((x) => x.id === id);
      if (!m || methodSpellings(m).some((s) => defined.includes(s)) || basis[id]) return;
      out.push([PRACTICES_FILE, `${at}.methods[${k}]: “${p.name}” is linked to ${m.name} (${id}), but neither its name nor its quoted definition names that method; give the grounds (basis.${id}: the text's words in “”, or what is inferred, marked 推定), or drop the link`]);
    });
    for (const [id, why] of Object.entries(basis)) {
      if (!p.methods.includes(id)) out.push([PRACTICES_FILE, `${at}.basis.${id}: “${id}” is not among the practice's methods`]);
      const quoted = quotations(why);
      for (const q of quoted) if (!own.includes(q)) out.push([PRACTICES_FILE, `${at}.basis.${id}: quotation “${q}” is not in its cases' text`]);
      if (quoted.length === 0 && !why.includes('推定')) out.push([PRACTICES_FILE, `${at}.basis.${id}: quote the text's words in “” or mark the inference 推定`]);
    }
  });
  return out;
}

/** An entry and its index in its file, which every message names. */
type At<T> = [index: number, entry: T];

/**
 * The entries that parse, each at its index in the file. content-checks.ts
 * names the others, one message per problem; a second, joined message here
 * repeated them (a removed case was reported twice per practice naming it).
 */
function parsedAt<T>(entries: readonly unknown[], schema: z.ZodType<T>): Array<At<T>> {
  return entries.flatMap((entry, i) => {
    const parsed = schema.safeParse(entry);
    return parsed.success ? [[i, parsed.data] as At<T>] : [];
  });
}

/** Every warning of the tree under `root`, by file relative to it. */
export function answerableProblems(root: string, methodsRaw: readonly unknown[], cases: ReadonlyMap<string, CheckedCase>): Problems {
  const out: Problems = [];
  for (const c of cases.values()) for (const p of evidenceWarnings(c.data, c.paragraphs)) out.push([c.rel, p]);

  const methods = parsedAt(methodsRaw, methodSchema);
  const texts = new Map([...cases].map(([id, c]) => [id, [...c.paragraphs.values()].join('\n')]));
  out.push(...methodWarnings(methods, [...texts.values()].join('\n')));

  const file = path.join(root, PRACTICES_FILE);
  if (!existsSync(file)) return out;
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(file, 'utf8'));
  } catch {
    return out; // content-checks.ts names a file that is not readable YAML
  }
  const schema = createPracticeSchema({ methods: methods.map(([, m]) => m.id), cases: [...cases.keys()] });
  out.push(...practiceWarnings(parsedAt(Array.isArray(raw) ? raw : [], schema), methods.map(([, m]) => m), texts));
  return out;
}
