/**
 * remark-commentary: the compilers' commentary that follows a 【点评】 label in
 * the source becomes an `<aside data-commentary>` headed by that label, so it
 * reads as commentary and never as part of the case's own text.
 */
import type { Root, RootContent, Paragraph, Blockquote } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { COMMENTARY_MARKER } from '../lib/text.ts';

/** Accessible name of the aside. */
const ASIDE_LABEL = '编者点评';

/** Marks a node this plugin created so that numbering plugins skip it. */
export const COMMENTARY_LABEL = 'commentaryLabel';

export default function remarkCommentary() {
  const marker = COMMENTARY_MARKER;
  return (tree: Root, file: VFile) => {
    const markers = tree.children.flatMap((n, i) => (n.type === 'paragraph' && toString(n).trim() === marker ? [i] : []));
    if (markers.length === 0) return;
    if (markers.length > 1) {
      throw new Error(`${file.path || 'MDX'}: ${markers.length} “${marker}” paragraphs; a case has at most one commentary`);
    }
    const at = markers[0]!;
    const following = tree.children.slice(at + 1);
    const data: Record<string, unknown> = { hName: 'h2', hProperties: { className: ['commentary-label'] }, [COMMENTARY_LABEL]: true };
    const heading: Paragraph = { type: 'paragraph', data, children: [{ type: 'text', value: marker }] };
    const aside: Blockquote = {
      type: 'blockquote',
      data: { hName: 'aside', hProperties: { dataCommentary: '', ariaLabel: ASIDE_LABEL, className: ['commentary'] } },
      children: [heading, ...(following as Blockquote['children'])],
    };
    tree.children = [...tree.children.slice(0, at), aside as RootContent];
  };
}
