/**
 * One string value of a YAML text rewritten where it stands, every other
 * character kept: a round trip through the YAML library restyles lines the
 * editor did not touch ([3] → [ 3 ]), and a published case file should show
 * in git exactly the line that changed; a field added or removed likewise
 * changes its own line only. Browser-safe.
 */
import { isMap, isScalar, parse, parseDocument, type Document } from 'yaml';
import { YAML_AS_BUILT } from '../node/yaml-as-built.ts';

/**
 * A string YAML reads back as itself in a block or a flow map: plain when it
 * can be, else double-quoted. Plain only where the build's reader (js-yaml,
 * which takes 2014-06-10 for a date) reads the string too: the read-back check
 * below uses the yaml library's core schema, which would pass a bare date.
 */
function render(value: string): string {
  const plain = /^[^\s"'`!&*|>%@#?:,[\]{}-][^#,[\]{}]*$/u.test(value) && !/:\s|\s$/u.test(value) && parse(value, YAML_AS_BUILT) === value;
  return plain ? value : JSON.stringify(value);
}

/**
 * `yaml` with the string at `path` replaced by `value`; undefined when there
 * is no string scalar there, or when the text would not read back as the same
 * data with that one value changed.
 */
export function setStringInPlace(yaml: string, path: ReadonlyArray<string | number>, value: string): string | undefined {
  const doc = parseDocument(yaml);
  const node = doc.getIn(path, true);
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return undefined;
  return checked(yaml, `${yaml.slice(0, node.range[0])}${render(value)}${yaml.slice(node.range[1])}`, (d) => d.setIn(path, value));
}

/** `text`, when it reads back as `yaml`'s data after `edit`; else undefined. */
function checked(yaml: string, text: string, edit: (doc: Document) => void): string | undefined {
  const doc = parseDocument(yaml);
  edit(doc);
  return canonical(parseDocument(text).toJS()) === canonical(doc.toJS()) ? text : undefined;
}

/** JSON with each map's keys sorted: a field added before another is the same data as one the library appends. */
function canonical(data: unknown): string {
  return JSON.stringify(data, (_, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v));
}

/** Where the line holding offset `at` starts. */
const lineStart = (yaml: string, at: number) => yaml.lastIndexOf('\n', at - 1) + 1;

/** Where the next line starts after a node ending at `end` (its trailing comment included). */
function nextLine(yaml: string, end: number): number {
  if (yaml[end - 1] === '\n') return end;
  const newline = yaml.indexOf('\n', end);
  return newline === -1 ? yaml.length : newline + 1;
}

/**
 * `yaml` with `key: value` added as a line of the block map at `path`, before
 * the key `before` where the map has it, else after its last field; every
 * other line kept. Undefined when the map is not a block map with fields, or
 * the text would not read back as the data with that field added.
 */
export function addStringInPlace(yaml: string, path: ReadonlyArray<string | number>, key: string, value: string, before?: string): string | undefined {
  const map = path.length ? parseDocument(yaml).getIn(path, true) : parseDocument(yaml).contents;
  if (!isMap(map) || map.flow || map.has(key) || map.items.length === 0) return undefined;
  const keyAt = (p: (typeof map.items)[number]) => (isScalar(p.key) ? p.key.range?.[0] : undefined);
  const first = keyAt(map.items[0]!);
  if (first === undefined) return undefined;
  const line = `${' '.repeat(first - lineStart(yaml, first))}${key}: ${render(value)}\n`;
  const next = map.items.find((p) => isScalar(p.key) && p.key.value === before);
  let at: number;
  if (next && keyAt(next) !== undefined) at = lineStart(yaml, keyAt(next)!);
  else {
    const end = (map.items.at(-1)!.value as { range?: [number, number, number] } | null)?.range?.[2];
    if (end === undefined) return undefined;
    at = nextLine(yaml, end);
  }
  const glue = at === yaml.length && !yaml.endsWith('\n') ? '\n' : '';
  return checked(yaml, `${yaml.slice(0, at)}${glue}${line}${yaml.slice(at)}`, (doc) => doc.setIn([...path, key], value));
}

/** `yaml` without the one-line field at `path`, every other line kept; undefined when it is not one line of a block map. */
export function deleteInPlace(yaml: string, path: ReadonlyArray<string | number>): string | undefined {
  const doc = parseDocument(yaml);
  const map = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  if (!isMap(map) || map.flow) return undefined;
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === path.at(-1));
  const from = pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
  const end = (pair?.value as { range?: [number, number, number] } | null)?.range?.[2];
  if (from === undefined || end === undefined) return undefined;
  const start = lineStart(yaml, from);
  const stop = nextLine(yaml, end);
  if (yaml.slice(start, stop).replace(/\n$/, '').includes('\n')) return undefined;
  return checked(yaml, `${yaml.slice(0, start)}${yaml.slice(stop)}`, (d) => d.deleteIn(path));
}
