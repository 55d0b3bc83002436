/**
 * remark-collation: shows the recorded collation notes (校勘记) in the text.
 * A corrected reading is marked and linked to its note, a doubtful reading
 * likewise, a lacuna gets a visible gap marker, a rejoined paragraph a marker
 * at the former break. The notes come from the case's frontmatter
 * (`corrections`), so the stored text itself carries no markup.
 */
import type { Root, Paragraph, Heading, PhrasingContent, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import type { Correction } from '../schemas/correction.ts';
import { LACUNA_MARK, inReadingOrder, markedText, noteNumber, noteRefLabel } from '../lib/collation-notes.ts';
import { hash, noteId, noteRefId } from '../lib/urls.ts';
import { PARAGRAPH_NUMBER, bodyBlocks, isParagraphNumber } from './remark-paragraph-ids.ts';

export class CollationError extends Error {}

function noteRef(n: number, type: Correction['type']): PhrasingContent {
  return {
    type: 'link',
    url: hash(noteId(n)),
    data: {
      hProperties: { id: noteRefId(n), className: ['note-ref'], ariaLabel: noteRefLabel(n, type), dataPagefindIgnore: '' },
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
    // Numbered in reading order, whatever the order the notes were recorded in;
    // CollationNotes lists them in the same order (build-library sorts alike).
    const ordered = inReadingOrder(corrections, (p) => {
      const block = byNumber.get(p);
      // The paragraph's own text: not its shown number (digits a needle could match).
      return block && toString(block.children.filter((child) => !isParagraphNumber(child)));
    });
    ordered.forEach((c, index) => {
      const n = index + 1;
      const block = byNumber.get(c.p);
      const where = `${file.path || 'MDX'}: collation note ${n} (${c.type})`;
      if (!block) throw new CollationError(`${where}: there is no paragraph p${c.p}`);
      const { needle, nth } = markedText(c);
      let make: (found: string) => PhrasingContent[];
      switch (c.type) {
        case 'correct':
          make = (found) => [marked('emendation', found), noteRef(n, c.type)];
          break;
        case 'doubt':
          make = (found) => [marked('doubtful', found), noteRef(n, c.type)];
          break;
        case 'lacuna':
          make = (found) => [
            { type: 'text', value: found },
            marked('lacuna', LACUNA_MARK, { dataPagefindIgnore: '' }),
            noteRef(n, c.type),
          ];
          break;
        case 'join':
          make = (found) => [{ type: 'text', value: found }, noteRef(n, c.type)];
          break;
      }
      if (!replaceOccurrence(block, needle, nth, make)) {
        throw new CollationError(`${where}: "${needle}" not found in p${c.p}`);
      }
    });
  };
}
