/**
 * The editors' own words in a draft's frontmatter that no proposal gives:
 * summary, level, kind, the place's township and note, and the reasons of
 * inferred values; and in a source entry (<id>.source.yaml) its title,
 * publication, type, dateNote and about. One writer for the desk's forms
 * (node/desk-drafts.ts saveFields) and the terminal (`npm run accept --
 * <draft | entry> --set F "…"`), which refuses what the schemas refuse.
 */
import type { z } from 'astro/zod';
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import { createCaseSchema } from '../../schemas/case.ts';
import { sourceSchema } from '../../schemas/source.ts';
import { addStringInPlace, deleteInPlace, setStringInPlace } from './yaml-in-place.ts';
import { keepFootnotes } from './source-footnotes.ts';
import { YEAR_RANGE, yearsNotStated } from '../kinds.ts';
import { checkMessage } from '../check-messages.ts';
import { caseParagraphs } from '../case-mdx.ts';

/** Each field the editors write, by the name the desk's form sends, at its path in the frontmatter. */
export const EDITOR_FIELDS = {
  summary: ['summary'],
  level: ['level'],
  kind: ['kind'],
  township: ['region', 'township'],
  regionNote: ['region', 'note'],
  inferredLevel: ['inferred', 'level'],
  inferredRegion: ['inferred', 'region'],
  years: ['years'],
  inferredYears: ['inferred', 'years'],
} as const;

export type EditorFields = Partial<Record<keyof typeof EDITOR_FIELDS, string>>;

/** The fields as the terminal names them: their frontmatter paths (summary, region.note, inferred.years…). */
export const EDITOR_FIELD_PATHS = Object.values(EDITOR_FIELDS).map((at) => at.join('.'));

/** A source entry's fields the editors fill (content/README.md §5): the rest are ingest's or publish's. */
export const SOURCE_EDITOR_FIELDS = ['title', 'publication', 'type', 'dateNote', 'about'] as const;

export class EditorFieldError extends Error {}

// The fields the editors write depend on no vocabulary (methods, regions…), so the case schema built on an empty one rules them as check:content does.
const CASE_SHAPE = createCaseSchema({ methods: [], themes: [], sources: [], regions: { has: () => false, get: () => undefined } }).shape;

/** The case schema's rule for the field at `at` (region.township: the region object's township). */
function caseFieldSchema(at: readonly string[]): z.ZodType {
  let schema: z.ZodType = CASE_SHAPE[at[0] as keyof typeof CASE_SHAPE];
  for (const key of at.slice(1)) {
    // inferred is a defaulted map and region an object: their fields sit inside.
    while ('unwrap' in schema && typeof schema.unwrap === 'function') schema = schema.unwrap() as z.ZodType;
    schema = (schema as z.ZodObject).shape[key] as z.ZodType;
  }
  return schema;
}

/**
 * Why `schema` refuses `value` for --set, in its own words (the summary's
 * limit, a kind's or type's allowed values); undefined when it takes it. An
 * empty value removes the field, which a required one refuses.
 */
function refusal(schema: z.ZodType, value: string, field: string, what: string, file: string): string | undefined {
  if (!value) return schema.safeParse(undefined).success ? undefined : `${file}: --set ${field} "": ${what} requires ${field}; give its words instead`;
  const result = schema.safeParse(value);
  return result.success ? undefined : `${file}: --set ${field}: ${result.error.issues[0]!.message}`;
}

/** The years an editor types (2024、2025, or with spaces or commas), each one the case schema takes; anything else is refused, named. */
export function readYears(value: string): number[] {
  const words = value.split(/[\s,，、;；]+/u).filter(Boolean);
  const bad = words.find((w) => !/^\d{4}$/u.test(w) || Number(w) < YEAR_RANGE.min || Number(w) > YEAR_RANGE.max);
  if (bad !== undefined) throw new EditorFieldError(checkMessage('years-not-a-year', { value: bad, min: YEAR_RANGE.min, max: YEAR_RANGE.max }));
  return [...new Set(words.map(Number))].sort((a, b) => a - b);
}

/**
 * check:content's rule for years (content-checks.ts), held at the writing: a
 * year the body does not state stands only with the editors' reason
 * (inferred.years); refused in the check's own words otherwise.
 */
function refuseUnstatedYears(doc: Document, body: string): void {
  const reason = doc.getIn(['inferred', 'years']);
  if (typeof reason === 'string' && reason.trim()) return;
  const years = (doc.toJS() as { years?: unknown } | null)?.years;
  const list = Array.isArray(years) ? years.map(Number) : [];
  const [year] = yearsNotStated(list, body);
  if (year !== undefined) throw new EditorFieldError(checkMessage('years-not-in-body', { i: list.indexOf(year), year }));
}

/** The body's paragraphs as check:content reads them for years: the text after the frontmatter. */
export const bodyForYears = (bodyText: string) => caseParagraphs(bodyText).map((x) => x.text).join('\n');

/**
 * Writes the fields given into a frontmatter document, trimmed; an empty
 * value removes its field, and an `inferred` map left with no reason goes too.
 * Given the body's text (bodyForYears), years and their reason are held to
 * check:content's rule (refuseUnstatedYears).
 */
export function setEditorFields(doc: Document, fields: EditorFields, body?: string): void {
  for (const [key, at] of Object.entries(EDITOR_FIELDS) as Array<[keyof EditorFields, readonly string[]]>) {
    const value = fields[key];
    if (value === undefined) continue;
    if (key === 'years') {
      const years = readYears(value);
      if (years.length) doc.set('years', doc.createNode(years, { flow: true }));
      else if (doc.has('years')) doc.delete('years');
    } else if (value.trim()) doc.setIn(at, value.trim());
    else if (doc.hasIn(at)) doc.deleteIn(at);
  }
  const inferred = doc.get('inferred');
  if (isMap(inferred) && inferred.items.length === 0) doc.delete('inferred');
  if (body !== undefined && (fields.years !== undefined || fields.inferredYears !== undefined)) refuseUnstatedYears(doc, body);
}

const FRONTMATTER = /^---\r?\n([\s\S]*?\r?\n)---\r?\n?/;

/**
 * `accept --set F "…"`: one editors' field of a draft's text, named by its
 * path (region.note); the rest of the file as it stands. An empty value
 * removes the field.
 */
export function setEditorField(source: string, fieldPath: string, value: string, file = 'draft'): { text: string; before: string | undefined } {
  const key = (Object.keys(EDITOR_FIELDS) as Array<keyof typeof EDITOR_FIELDS>).find((k) => EDITOR_FIELDS[k].join('.') === fieldPath);
  const author = AUTHOR_FIELD.exec(fieldPath);
  if (!key && !author) throw new EditorFieldError(`${file}: --set ${fieldPath}: not a field the editors write here; use one of ${[...EDITOR_FIELD_PATHS, ...AUTHOR_FIELD_PATHS].join(', ')}`);
  const m = FRONTMATTER.exec(source);
  if (!m) throw new EditorFieldError(`${file}: no YAML frontmatter between --- lines`);
  const doc = parseDocument(m[1]!);
  if (doc.errors.length) throw new EditorFieldError(`${file}: frontmatter is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  if (author) return setAuthorField(source, m, doc, fieldPath, Number(author[1]), author[2] as 'role' | 'roleInferred', value, file);
  if (!key) throw new EditorFieldError(`${file}: --set ${fieldPath}: not a field`);
  const at = EDITOR_FIELDS[key];
  if (key === 'years' || key === 'inferredYears') {
    // Years are a list, and with their reason held to check:content's rule: written through the YAML library, the rule checked on the result.
    if (!value.trim() && !doc.hasIn(at)) throw new EditorFieldError(`${file}: --set ${fieldPath} "": the draft has no ${fieldPath} to remove`);
    try {
      setEditorFields(doc, { [key]: value }, bodyForYears(source.slice(m[0].length)));
    } catch (error) {
      throw error instanceof EditorFieldError ? new EditorFieldError(`${file}: ${error.message}`) : error;
    }
    const was = parseDocument(m[1]!).getIn(at);
    return { text: `---\n${doc.toString({ lineWidth: 0 })}---\n${source.slice(m[0].length)}`, before: was === undefined ? undefined : String(was) };
  }
  const refused = refusal(caseFieldSchema(at), value.trim(), fieldPath, 'a case', file);
  if (refused) throw new EditorFieldError(refused);
  // A township or a place note belongs to a place the draft has.
  if (at[0] === 'region' && value.trim() && !isMap(doc.get('region'))) throw new EditorFieldError(`${file}: --set ${fieldPath}: the draft has no region yet; give region.code first (content/README.md)`);
  const was = doc.getIn(at);
  if (!value.trim() && was === undefined) throw new EditorFieldError(`${file}: --set ${fieldPath} "": the draft has no ${fieldPath} to remove`);
  const before = was === undefined ? undefined : String(was);
  // A value rewritten where it stands keeps every other line as the editor left it; a new or removed field goes through the YAML library.
  const inPlace = value.trim() && was !== undefined ? setStringInPlace(m[1]!, at, value.trim()) : undefined;
  if (inPlace !== undefined) return { text: `---\n${inPlace}---\n${source.slice(m[0].length)}`, before };
  setEditorFields(doc, { [key]: value });
  return { text: `---\n${doc.toString({ lineWidth: 0 })}---\n${source.slice(m[0].length)}`, before };
}

/** An author's role, or the reason it is inferred: authors[N].role, N counting the names from 1 as the source prints them. */
const AUTHOR_FIELD = /^authors\[(\d+)\]\.(role|roleInferred)$/;

/** The author fields as the terminal names them. */
export const AUTHOR_FIELD_PATHS = ['authors[N].role', 'authors[N].roleInferred'] as const;

// The schema's rule for one author's fields: an author object's shape inside the authors array.
const AUTHOR_SHAPE = (((caseFieldSchema(['authors']) as z.ZodDefault).unwrap() as z.ZodArray).element as z.ZodObject).shape;

/**
 * `--set authors[N].role "…"`: the role of the N-th author the draft names
 * (as the source states it: a 作者系… line names it better than the byline's
 * unit), or its roleInferred; the names themselves are the source's, never
 * set here. A number past the names is refused, naming them.
 */
function setAuthorField(source: string, m: RegExpExecArray, doc: Document, fieldPath: string, n: number, field: 'role' | 'roleInferred', value: string, file: string): { text: string; before: string | undefined } {
  const listed = doc.get('authors');
  const names = isSeq(listed) ? listed.items.map((a) => String((isMap(a) ? a.get('name') : '') ?? '')) : [];
  if (n < 1 || n > names.length) {
    const told = names.length ? `names ${names.length} author(s): ${names.map((name, i) => `${i + 1}. ${name}`).join('; ')}` : 'names no author (the source names none; a name is never added here)';
    throw new EditorFieldError(`${file}: --set ${fieldPath}: the draft ${told}; N counts them from 1 as listed (authors[1].${field} is the first's)`);
  }
  const at = ['authors', n - 1, field] as const;
  const refused = refusal(AUTHOR_SHAPE[field] as z.ZodType, value.trim(), fieldPath, 'an author', file);
  if (refused) throw new EditorFieldError(refused);
  const was = doc.getIn(at);
  if (!value.trim() && was === undefined) throw new EditorFieldError(`${file}: --set ${fieldPath} "": author ${n} (${names[n - 1]}) has no ${field} to remove`);
  const before = was === undefined ? undefined : String(was);
  const inPlace = value.trim() && was !== undefined ? setStringInPlace(m[1]!, at, value.trim()) : undefined;
  if (inPlace !== undefined) return { text: `---\n${inPlace}---\n${source.slice(m[0].length)}`, before };
  if (value.trim()) doc.setIn(at, value.trim());
  else doc.deleteIn(at);
  return { text: `---\n${doc.toString({ lineWidth: 0 })}---\n${source.slice(m[0].length)}`, before };
}

/**
 * `accept --set F "…"` on a source entry ingest wrote (<id>.source.yaml, a
 * list of one entry): one of the fields the editors fill, checked by the
 * source schema. A value rewritten in place changes only its line; a new
 * field goes before the open proposals; "" removes an optional one.
 */
export function setSourceField(source: string, field: string, value: string, file = 'source entry'): { text: string; before: string | undefined; value: string; kept: string[] } {
  const name = SOURCE_EDITOR_FIELDS.find((f) => f === field);
  // The source's own note is its words as printed, checked against its raw lines as a case's text is: not the editors' to write.
  if (/^editorNote(?:\.|$)/u.test(field)) throw new EditorFieldError(`${file}: --set ${field}: editorNote 是来源自己的话（卷首的编者按、编印说明），照原文录入，check:content 逐字对照原文的行，编者不改写；编者要说的（如这段说明的脚注、对它的看法）写进 about：--set about "…"（接受脚注的 about 建议会把它加在 about 末尾）`);
  if (!name) throw new EditorFieldError(`${file}: --set ${field}: not a source field the editors write here; use one of ${SOURCE_EDITOR_FIELDS.join(', ')}`);
  const doc = parseDocument(source);
  if (doc.errors.length) throw new EditorFieldError(`${file}: not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  const list = doc.contents;
  const listed = isSeq(list) && list.items.length === 1;
  const entry = listed ? list.items[0] : list;
  const entryAt = listed ? [0] : [];
  if (!isMap(entry)) throw new EditorFieldError(`${file}: expected one source entry (a draft's <id>.source.yaml); sources.yaml is written by npm run publish`);
  const was = entry.get(name);
  // The compilers' footnote an accepted about proposal quoted stays, unless the new about names that footnote itself.
  const { value: trimmed, kept } = name === 'about' && typeof was === 'string' ? keepFootnotes(was, value.trim()) : { value: value.trim(), kept: [] };
  const refused = refusal(sourceSchema.shape[name], trimmed, field, 'a source entry', file);
  if (refused) throw new EditorFieldError(refused);
  if (!trimmed && was === undefined) throw new EditorFieldError(`${file}: --set ${field} "": the entry has no ${field} to remove`);
  const before = was === undefined ? undefined : String(was);
  // A new field goes before the proposals, where the editor reads the entry's own fields.
  const inPlace = !trimmed ? deleteInPlace(source, [...entryAt, name]) : was === undefined ? addStringInPlace(source, entryAt, name, trimmed, 'proposals') : setStringInPlace(source, [...entryAt, name], trimmed);
  if (inPlace !== undefined) return { text: inPlace, before, value: trimmed, kept };
  // A layout the line edits do not take (a flow map, a multi-line value) goes through the YAML library.
  if (trimmed) doc.setIn([...entryAt, name], trimmed);
  else doc.deleteIn([...entryAt, name]);
  return { text: doc.toString({ lineWidth: 0 }), before, value: trimmed, kept };
}
