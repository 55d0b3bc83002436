/**
 * The editors' own writing in a teaching note, by command (`npm run accept --
 * <note> --set purpose|question:N|point:N "…"`, `--add question|point "…"
 * --p P`, `--remove question:N|point:N`), on a draft's <id>.teaching.yaml and
 * on a published teaching/<id>.yaml alike: both trial editors of session 12
 * edited the YAML by hand to set the purpose and to add, replace or drop a
 * question or point.
 *
 * A change is checked by the rules check:content applies (the teaching
 * schema, and teachingProblems: quotations word for word from the cited
 * paragraphs, a question ends with ？, full-width punctuation, paragraphs that
 * exist), and refused, with nothing changed, when it breaks one the note kept
 * before it. A note still being filled (questions: [] beside open proposals)
 * may hold fewer items than the schema's minimum; a change never takes a list
 * below it or above its maximum. Comments and untouched items stay as they are.
 */
import { isMap, isSeq, parseDocument, YAMLSeq, type Document } from 'yaml';
import { teachingItemSchema, teachingSchema, type Teaching } from '../../schemas/teaching.ts';
import { teachingProblems } from '../node/content-checks.ts';
import { teachingItemNode } from './teaching-proposals.ts';
import { setStringInPlace } from './yaml-in-place.ts';

export class TeachingFieldError extends Error {}

/** The lists an editor adds to, by the singular the command takes: --add question, --remove point:2. */
export const TEACHING_LISTS = { question: 'questions', point: 'points' } as const;
type ListName = (typeof TEACHING_LISTS)[keyof typeof TEACHING_LISTS];

/** What one command changes. */
export type TeachingChange =
  | { set: 'purpose'; text: string }
  | { add: ListName; text: string; paragraphs: number[] }
  | { replace: ListName; n: number; text: string; paragraphs?: number[] | undefined }
  | { remove: ListName; n: number };

export interface TeachingChangeResult {
  text: string;
  /** The words the change replaced or dropped (a purpose, an item's text). */
  before?: string;
  /** The item's number after the change (an added one is the last). */
  n?: number;
}

const WHAT: Record<ListName, string> = { questions: 'question', points: 'point' };

/** The note as data, for the schema and the check; fields the file lacks read as empty. */
function noteOf(doc: Document): Teaching {
  const data = (doc.toJS() ?? {}) as Partial<Teaching>;
  return { purpose: data.purpose ?? '', questions: data.questions ?? [], points: data.points ?? [] };
}

/** The note written back: flow lists as the notes write them ([2, 3], not [ 2, 3 ]), so a published note's diff is the lines changed. */
const written = (doc: Document) => doc.toString({ lineWidth: 0, flowCollectionPadding: false });

/** Issues of the schema at the list's own level (its count), by message. */
function countIssues(list: ListName, items: Teaching[ListName]): string[] {
  const result = teachingSchema.shape[list].safeParse(items);
  return result.success ? [] : result.error.issues.filter((i) => i.path.length === 0).map((i) => i.message);
}

/**
 * Applies `change` to the teaching note `source` (its YAML text): `paragraphs`
 * are the case's numbered paragraphs (npm run paragraphs), against which
 * quotations and paragraph numbers are checked; `file` names the note in messages.
 */
export function changeTeaching(source: string, change: TeachingChange, paragraphs: ReadonlyMap<number, string>, file: string): TeachingChangeResult {
  const doc = parseDocument(source);
  if (doc.errors.length) throw new TeachingFieldError(`${file}: not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  if (!isMap(doc.contents)) throw new TeachingFieldError(`${file}: not a teaching note (purpose, questions, points)`);
  const note = noteOf(doc);
  const refuse = (problems: readonly string[]) => {
    if (problems.length) throw new TeachingFieldError(problems.map((p) => `${file}: ${p}`).join('\n'));
  };

  if ('set' in change) {
    const purpose = change.text.trim();
    const parsed = teachingSchema.shape.purpose.safeParse(purpose);
    if (!parsed.success) refuse([`--set purpose "": a teaching note requires its purpose; give its words instead`]);
    refuse(teachingProblems({ purpose, questions: [], points: [] }, paragraphs));
    const before = note.purpose || undefined;
    // A purpose rewritten where it stands keeps every other line as the editor left it.
    const inPlace = doc.has('purpose') ? setStringInPlace(source, ['purpose'], purpose) : undefined;
    if (inPlace !== undefined) return { text: inPlace, ...(before ? { before } : {}) };
    doc.set('purpose', purpose);
    return { text: written(doc), ...(before ? { before } : {}) };
  }

  const list = 'add' in change ? change.add : 'replace' in change ? change.replace : change.remove;
  const items = note[list];
  const seqNode = doc.get(list, true);
  const seq = isSeq(seqNode) ? (seqNode as YAMLSeq) : new YAMLSeq();
  const at = 'n' in change ? change.n : items.length + 1;
  if ('n' in change && (!Number.isInteger(at) || at < 1 || at > items.length)) {
    refuse([`${list}: there is no ${WHAT[list]} ${change.n} (the note has ${items.length}; npm run accept -- ${file} lists them)`]);
  }

  if ('remove' in change) {
    const after = items.filter((_, i) => i !== at - 1);
    const broken = countIssues(list, after).filter((m) => !countIssues(list, items).includes(m));
    refuse(broken.map((m) => `--remove ${WHAT[list]}:${at}: ${list}: ${m}; rewrite it instead (--set ${WHAT[list]}:${at} "…")`));
    const before = items[at - 1]!.text;
    seq.items.splice(at - 1, 1);
    return { text: written(doc), before };
  }

  const paragraphsGiven = 'add' in change ? change.paragraphs : (change.paragraphs ?? items[at - 1]!.paragraphs);
  const item = { text: change.text.trim(), paragraphs: paragraphsGiven };
  const flag = 'add' in change ? `--add ${WHAT[list]}` : `--set ${WHAT[list]}:${at}`;
  const parsed = teachingItemSchema.safeParse(item);
  if (!parsed.success) refuse(parsed.error.issues.map((i) => `${flag}: ${[list, ...i.path].join('.')}: ${i.message}`));
  // The item checked alone, as check:content checks each: named by the place it takes.
  const alone = teachingProblems({ purpose: '', questions: list === 'questions' ? [item] : [], points: list === 'points' ? [item] : [] }, paragraphs);
  refuse(alone.map((p) => p.replace(`${list}[0]`, `${list}[${at - 1}] (${WHAT[list]} ${at})`)));
  if ('add' in change) {
    const broken = countIssues(list, [...items, item]).filter((m) => !countIssues(list, items).includes(m));
    refuse(broken.map((m) => `${flag}: ${list}: ${m}; rewrite one instead (--set ${WHAT[list]}:N "…") or remove one first (--remove ${WHAT[list]}:N)`));
  }
  const node = teachingItemNode(item.text, item.paragraphs);
  if ('add' in change) {
    // The file's empty `questions: []` becomes a block list once it holds an item.
    if (seq.items.length === 0) seq.flow = false;
    seq.items.push(node);
    doc.set(list, seq);
    return { text: written(doc), n: at };
  }
  const before = items[at - 1]!.text;
  const old = seq.items[at - 1];
  // A rewritten item keeps the comment the editor wrote on it.
  if (isMap(old)) node.commentBefore = old.commentBefore ?? null;
  seq.items[at - 1] = node;
  return { text: written(doc), before, n: at };
}
