/**
 * remark-collation: shows the recorded collation notes (校勘记) in the text.
 * A corrected reading is marked and linked to its note, a doubtful reading
 * likewise, a lacuna gets a visible gap marker, a rejoined paragraph a marker
 * at the end of the sentence it rejoined (markerPosition), an omitted block a
 * marker where it stood, at an end of a paragraph. The notes come
 * from the case's frontmatter (`corrections`), so the stored text itself
 * carries no markup.
 */
import type { Root, Paragraph, Heading, PhrasingContent, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import type { Correction } from '../schemas/correction.ts';
import { LACUNA_MARK, inReadingOrder, markedText, noteNumber, noteRefLabel } from '../lib/collation-notes.ts';
import { hash, noteId, noteRefId } from '../lib/urls.ts';
import { PARAGRAPH_NUMBER, bodyBlocks, isParagraphNumber, textEnd } from './remark-paragraph-ids.ts';
import { sentenceEndAfter } from '../lib/sentence-chunks.ts';

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

/** The text child of `block` holding the nth occurrence of `needle`, and where the occurrence starts in it. */
function findOccurrence(block: Paragraph | Heading, needle: string, nth: number): { index: number; at: number } | undefined {
  let seen = 0;
  for (let index = 0; index < block.children.length; index++) {
    const child = block.children[index];
    if (child?.type !== 'text') continue;
    for (let at = child.value.indexOf(needle); at !== -1; at = child.value.indexOf(needle, at + needle.length)) {
      if (++seen === nth) return { index, at };
    }
  }
  return undefined;
}

/** Replaces `length` characters at `at` of text child `index` with `nodes`. */
function splice(block: Paragraph | Heading, index: number, at: number, length: number, nodes: PhrasingContent[]) {
  const value = (block.children[index] as Text).value;
  const before: Text = { type: 'text', value: value.slice(0, at) };
  const after: Text = { type: 'text', value: value.slice(at + length) };
  block.children.splice(index, 1, before, ...nodes, after);
}

/**
 * Puts a join's marker where markerPosition says: at the end of the sentence
 * under way at offset `from` of text child `index` (skipping the words a
 * later marked reading holds), or at the end of the paragraph's text.
 */
function insertAtSentenceEnd(block: Paragraph | Heading, index: number, from: number, marker: PhrasingContent) {
  for (let k = index; k < block.children.length; k++) {
    const child = block.children[k];
    if (child?.type !== 'text') continue;
    const end = sentenceEndAfter(child.value, k === index ? from : 0);
    if (end !== -1) return splice(block, k, end, 0, [marker]);
  }
  block.children.splice(textEnd(block), 0, marker);
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
    // Last marker first: an earlier note's words are then still plain text,
    // counted as markedText counts them, and markers sharing a spot keep their order.
    const numbered = ordered.map((c, index) => ({ c, n: index + 1 }));
    for (const { c, n } of numbered.reverse()) {
      const block = byNumber.get(c.p);
      const where = `${file.path || 'MDX'}: collation note ${n} (${c.type})`;
      if (!block) throw new CollationError(`${where}: there is no paragraph p${c.p}`);
      if (c.type === 'omit') {
        // Where the omitted block stood: after the paragraph's own text, or before it (after its shown number) at the body's head.
        block.children.splice(c.before ? block.children.findIndex((child) => !isParagraphNumber(child)) : textEnd(block), 0, noteRef(n, c.type));
        continue;
      }
      const { needle, nth } = markedText(c);
      const found = findOccurrence(block, needle, nth);
      if (!found) throw new CollationError(`${where}: "${needle}" not found in p${c.p}`);
      const ref = noteRef(n, c.type);
      const after = found.at + needle.length;
      switch (c.type) {
        case 'correct':
          splice(block, found.index, found.at, needle.length, [marked('emendation', needle), ref]);
          break;
        case 'doubt':
          splice(block, found.index, found.at, needle.length, [marked('doubtful', needle), ref]);
          break;
        case 'lacuna':
          splice(block, found.index, after, 0, [marked('lacuna', LACUNA_MARK, { dataPagefindIgnore: '' }), ref]);
          break;
        case 'join':
          insertAtSentenceEnd(block, found.index, after, ref);
          break;
      }
    }
  };
}
