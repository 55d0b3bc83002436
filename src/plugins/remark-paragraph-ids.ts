/**
 * remark-paragraph-ids: gives every body block (paragraph or heading, inside
 * the commentary too) a stable anchor `p1`, `p2`, … in source order, and a
 * visible ¶ link to it, so any paragraph of a case is a citable address.
 * The numbering equals `numberBlocks` in src/lib/edition.ts.
 */
import type { Root, Paragraph, Heading, Nodes } from 'mdast';
import { hash, paragraphId } from '../lib/urls.ts';
import { COMMENTARY_LABEL } from './remark-commentary.ts';

/** Where the paragraph number is stored on a node for later plugins. */
export const PARAGRAPH_NUMBER = 'paragraphNumber';

type Block = Paragraph | Heading;

/** Body blocks in document order, descending into containers like the commentary aside. */
export function bodyBlocks(tree: Root): Block[] {
  const out: Block[] = [];
  const walk = (nodes: Nodes[]) => {
    for (const node of nodes) {
      if (node.type === 'paragraph' || node.type === 'heading') {
        if (!(node.data as Record<string, unknown> | undefined)?.[COMMENTARY_LABEL]) out.push(node);
      } else if (node.type === 'blockquote') {
        walk(node.children);
      }
    }
  };
  walk(tree.children);
  return out;
}

export default function remarkParagraphIds() {
  return (tree: Root) => {
    bodyBlocks(tree).forEach((node, index) => {
      const n = index + 1;
      const id = paragraphId(n);
      const data = (node.data ??= {}) as Record<string, unknown>;
      data[PARAGRAPH_NUMBER] = n;
      const hProperties = (data.hProperties ??= {}) as Record<string, unknown>;
      hProperties.id = id;
      hProperties.dataP = String(n);
      node.children.push({
        type: 'link',
        url: hash(id),
        data: { hProperties: { className: ['pilcrow'], ariaLabel: `第${n}段的链接`, dataPermalink: '', dataPagefindIgnore: '' } },
        children: [{ type: 'text', value: '¶' }],
      });
    });
  };
}
