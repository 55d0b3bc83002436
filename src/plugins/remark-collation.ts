/**
 * remark-collation: shows the recorded collation notes (校勘记) in the text.
 * A corrected reading is marked and linked to its note, a doubtful reading
 * likewise, a lacuna gets a visible gap marker, a rejoined paragraph a marker
 * at the former break. The notes come from the case's frontmatter
 * (`corrections`), so the stored text itself carries no markup.
 */
import type { Root, Paragraph, Heading, PhrasingContent, Text } from 'mdast';
import type { VFile } from 'vfile';
import type { Correction } from '../schemas/correction.ts';
import { LACUNA_MARK, noteNumber, noteRefLabel } from '../lib/collation-notes.ts';
import { normalizePunctuation } from '../lib/text.ts';
import { hash, noteId, noteRefId } from '../lib/urls.ts';
import { PARAGRAPH_NUMBER, bodyBlocks } from './remark-paragraph-ids.ts';

export class CollationError extends Error {}

function noteRef(n: number): PhrasingContent {
  return {
    type: 'link',
    url: hash(noteId(n)),
    data: {
      hProperties: { id: noteRefId(n), className: ['note-ref'], ariaLabel: noteRefLabel(n), dataPagefindIgnore: '' },
    },
    children: [{ type: 'text', value: noteNumber(n) }],
  };
}

function marked(className: string, value: string, extra: Record<string, string> = {}): PhrasingContent {
  return {
    type: 'emphasis',
    data: { hName: 'span', hProperties: { className: [className], ...extra } },
    children: [{ type: 'text', value }],
  };
}

/** Splits the text node holding the nth occurrence of `needle` and lets `make` replace it. */
function replaceOccurrence(
  block: Paragraph | Heading,
  needle: string,
  nth: number,
  make: (found: string) => PhrasingContent[],
): boolean {
  let seen = 0;
  for (let i = 0; i < block.children.length; i++) {
    const child = block.children[i];
    if (child?.type !== 'text') continue;
    const value = (child as Text).value;
    let from = 0;
    for (;;) {
      const at = value.indexOf(needle, from);
      if (at === -1) break;
      seen++;
      if (seen === nth) {
        const before: Text = { type: 'text', value: value.slice(0, at) };
        const after: Text = { type: 'text', value: value.slice(at + needle.length) };
        block.children.splice(i, 1, before, ...make(needle), after);
        return true;
      }
      from = at + needle.length;
    }
  }
  return false;
}

export default function remarkCollation() {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data as { astro?: { frontmatter?: { corrections?: Correction[] } } }).astro?.frontmatter;
    const corrections = frontmatter?.corrections ?? [];
    if (corrections.length === 0) return;
    const byNumber = new Map<number, Paragraph | Heading>();
    for (const block of bodyBlocks(tree)) {
      const n = (block.data as Record<string, unknown> | undefined)?.[PARAGRAPH_NUMBER];
      if (typeof n === 'number') byNumber.set(n, block);
    }
    corrections.forEach((c, index) => {
      const n = index + 1;
      const block = byNumber.get(c.p);
      const where = `${file.path || 'MDX'}: collation note ${n} (${c.type})`;
      if (!block) throw new CollationError(`${where}: there is no paragraph p${c.p}`);
      let needle: string;
      let make: (found: string) => PhrasingContent[];
      switch (c.type) {
        case 'correct':
          needle = normalizePunctuation(c.corrected);
          make = (found) => [marked('emendation', found), noteRef(n)];
          break;
        case 'doubt':
          needle = c.text;
          make = (found) => [marked('doubtful', found), noteRef(n)];
          break;
        case 'lacuna':
          needle = c.after;
          make = (found) => [
            { type: 'text', value: found },
            marked('lacuna', LACUNA_MARK, { dataPagefindIgnore: '' }),
            noteRef(n),
          ];
          break;
        case 'join':
          needle = normalizePunctuation(c.after);
          make = (found) => [{ type: 'text', value: found }, noteRef(n)];
          break;
      }
      // Corrections and joins mark the occurrence the edition made (checked by the
      // fidelity test); a doubt names its occurrence directly.
      const nth = c.type === 'correct' || c.type === 'join' ? (c.mark ?? 1) : c.type === 'doubt' ? (c.nth ?? 1) : 1;
      if (!replaceOccurrence(block, needle, nth, make)) {
        throw new CollationError(`${where}: "${needle}" not found in p${c.p}`);
      }
    });
  };
}
