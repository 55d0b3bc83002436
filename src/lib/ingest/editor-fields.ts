/**
 * The editors' own words in a draft's frontmatter that no proposal gives:
 * summary, level, kind, the place's township and note, and the reasons of
 * inferred values. One writer for the desk's forms (node/desk-drafts.ts
 * saveFields) and the terminal (`npm run accept -- <draft> --set F "…"`).
 */
import { isMap, parseDocument, type Document } from 'yaml';
import { setStringInPlace } from './yaml-in-place.ts';

/** Each field the editors write, by the name the desk's form sends, at its path in the frontmatter. */
export const EDITOR_FIELDS = {
  summary: ['summary'],
  level: ['level'],
  kind: ['kind'],
  township: ['region', 'township'],
  regionNote: ['region', 'note'],
  inferredLevel: ['inferred', 'level'],
  inferredRegion: ['inferred', 'region'],
  inferredYears: ['inferred', 'years'],
} as const;

export type EditorFields = Partial<Record<keyof typeof EDITOR_FIELDS, string>>;

/** The fields as the terminal names them: their frontmatter paths (summary, region.note, inferred.years…). */
export const EDITOR_FIELD_PATHS = Object.values(EDITOR_FIELDS).map((at) => at.join('.'));

export class EditorFieldError extends Error {}

/**
 * Writes the fields given into a frontmatter document, trimmed; an empty
 * value removes its field, and an `inferred` map left with no reason goes too.
 */
export function setEditorFields(doc: Document, fields: EditorFields): void {
  for (const [key, at] of Object.entries(EDITOR_FIELDS) as Array<[keyof EditorFields, readonly string[]]>) {
    const value = fields[key];
    if (value === undefined) continue;
    if (value.trim()) doc.setIn(at, value.trim());
    else if (doc.hasIn(at)) doc.deleteIn(at);
  }
  const inferred = doc.get('inferred');
  if (isMap(inferred) && inferred.items.length === 0) doc.delete('inferred');
}

const FRONTMATTER = /^---\r?\n([\s\S]*?\r?\n)---\r?\n?/;

/**
 * `accept --set F "…"`: one editors' field of a draft's text, named by its
 * path (region.note); the rest of the file as it stands. An empty value
 * removes the field.
 */
export function setEditorField(source: string, fieldPath: string, value: string, file = 'draft'): { text: string; before: string | undefined } {
  const key = (Object.keys(EDITOR_FIELDS) as Array<keyof typeof EDITOR_FIELDS>).find((k) => EDITOR_FIELDS[k].join('.') === fieldPath);
  if (!key) throw new EditorFieldError(`${file}: --set ${fieldPath}: not a field the editors write here; use one of ${EDITOR_FIELD_PATHS.join(', ')}`);
  const m = FRONTMATTER.exec(source);
  if (!m) throw new EditorFieldError(`${file}: no YAML frontmatter between --- lines`);
  const doc = parseDocument(m[1]!);
  if (doc.errors.length) throw new EditorFieldError(`${file}: frontmatter is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  const at = EDITOR_FIELDS[key];
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
