/**
 * remark-paragraph-ids: gives every body block (paragraph or heading, inside
 * the commentary too) a stable anchor `p1`, `p2`, … in source order, its
 * number shown to sighted readers (so "见第4段" can be followed on screen and
 * on paper) and a visible ¶ link to it, so any paragraph of a case is a
 * citable address. The number is aria-hidden: the ¶ link already names it.
 * The numbering equals `numberBlocks` in src/lib/edition.ts.
 */
import type { Root, Paragraph, Heading, Nodes } from 'mdast';
import { hash, paragraphId } from '../lib/urls.ts';
import { COMMENTARY_LABEL } from './remark-commentary.ts';

/** Where the paragraph number is stored on a node for later plugins. */
export const PARAGRAPH_NUMBER = 'paragraphNumber';

type Block = Paragraph | Heading;

const NUMBER_CLASS = 'pnum';
const LINK_CLASS = 'pilcrow';

const hasClass = (node: Nodes, name: string) => {
  const className = (node.data as { hProperties?: { className?: unknown } } | undefined)?.hProperties?.className;
  return Array.isArray(className) && className.includes(name);
};

/** The shown paragraph number this plugin puts at the start of a block. */
export const isParagraphNumber = (node: Nodes): boolean => hasClass(node, NUMBER_CLASS);

/** Where a numbered block's own text ends among its children: before the ¶ link this plugin appends. */
export const textEnd = (block: Block): number => block.children.findLastIndex((child) => !hasClass(child, LINK_CLASS)) + 1;

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
      node.children.unshift({
        type: 'emphasis',
        data: { hName: 'span', hProperties: { className: [NUMBER_CLASS], dataPnum: String(n), ariaHidden: 'true', dataPagefindIgnore: '' } },
        children: [{ type: 'text', value: String(n) }],
      });
      node.children.push({
        type: 'link',
        url: hash(id),
        data: { hProperties: { className: [LINK_CLASS], ariaLabel: `第${n}段的链接`, dataPermalink: '', dataPagefindIgnore: '' } },
        children: [{ type: 'text', value: '¶' }],
      });
    });
  };
}
