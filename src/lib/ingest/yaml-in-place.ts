/**
 * One string value of a YAML text rewritten where it stands, every other
 * character kept: a round trip through the YAML library restyles lines the
 * editor did not touch ([3] → [ 3 ]), and a published case file should show
 * in git exactly the line that changed. Browser-safe.
 */
import { isScalar, parseDocument } from 'yaml';

/** A string YAML reads back as itself in a block or a flow map: plain when it can be, else double-quoted. */
function render(value: string): string {
  const plain = /^[^\s"'`!&*|>%@#?:,[\]{}-][^#,[\]{}]*$/u.test(value) && !/:\s|\s$/u.test(value);
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
  const text = `${yaml.slice(0, node.range[0])}${render(value)}${yaml.slice(node.range[1])}`;
  doc.setIn(path, value);
  // Both keep the keys in the order they stand, so their JSON compares the data.
  return JSON.stringify(parseDocument(text).toJS()) === JSON.stringify(doc.toJS()) ? text : undefined;
}
