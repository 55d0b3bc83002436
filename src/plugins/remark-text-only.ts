/**
 * remark-text-only: a case file is read with MDX's syntax (remark-mdx), but its
 * body is source text, never code. JSX, `{expressions}` and `import`/`export`
 * would run when the page is built, so any of them fails the build with the
 * file, line and column, and how to write the characters as text instead.
 * Images are refused too: a case's text has none and nothing would process them.
 */
import type { Root } from 'mdast';
import type { Node, Parent } from 'unist';
import type { VFile } from 'vfile';

export interface RemarkTextOnlyOptions {
  /** What the error calls the input. Default: the file's path, or `MDX`. */
  label?: string;
}

const CODE_NODES: Record<string, string> = {
  mdxJsxFlowElement: 'a JSX element',
  mdxJsxTextElement: 'a JSX element',
  mdxFlowExpression: 'an {expression}',
  mdxTextExpression: 'an {expression}',
  mdxjsEsm: 'an import/export statement',
  // The loader does not process images, and a case's text has none.
  image: 'an image',
  imageReference: 'an image',
};

export class TextOnlyError extends Error {}

export default function remarkTextOnly(options: RemarkTextOnlyOptions = {}) {
  return (tree: Root, file: VFile) => {
    const check = (node: Node) => {
      const what = CODE_NODES[node.type];
      if (what) {
        const at = node.position ? `:${node.position.start.line}:${node.position.start.column}` : '';
        throw new TextOnlyError(
          `${options.label ?? (file.path || 'MDX')}${at}: ${what} is not allowed in a case file; its text is published as written. ` +
            'Write a literal < or { as \\< or \\{.',
        );
      }
      for (const child of (node as Partial<Parent>).children ?? []) check(child);
    };
    check(tree);
  };
}
