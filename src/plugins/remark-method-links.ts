/**
 * remark-method-links: the first mention of each working method (its name or
 * an alias) in a case body links to the method's page, carrying a one-line
 * definition shown on hover and focus. Only plain text directly in body
 * paragraphs is linked: never headings, existing links, marked readings, the
 * compilers' commentary or the collation notes. The stored text is untouched.
 */
import type { Root, Paragraph, PhrasingContent, Text } from 'mdast';

export interface MethodTerm {
  /** Method id (one link per method and document). */
  id: string;
  /** Spellings that count as a mention: name and aliases, as methodSpellings (lib/methods.ts) gives them. */
  terms: string[];
  /** The method page. */
  url: string;
  /** One-line definition for the hover/focus card. */
  definition: string;
}

export interface RemarkMethodLinksOptions {
  /** The methods to link (set once, in plugins/index.ts from the taxonomy). Default: none. */
  methods?: MethodTerm[];
}

export default function remarkMethodLinks(options: RemarkMethodLinksOptions = {}) {
  const entries = (options.methods ?? [])
    .flatMap((m) => m.terms.map((term) => ({ term, method: m })))
    .sort((a, b) => b.term.length - a.term.length);
  return (tree: Root) => {
    if (entries.length === 0) return;
    const linked = new Set<string>();
    const visitParagraph = (p: Paragraph) => {
      const out: PhrasingContent[] = [];
      for (const child of p.children) {
        if (child.type !== 'text') {
          out.push(child);
          continue;
        }
        let rest = (child as Text).value;
        for (;;) {
          let best: { at: number; term: string; method: MethodTerm } | undefined;
          for (const e of entries) {
            if (linked.has(e.method.id)) continue;
            const at = rest.indexOf(e.term);
            if (at !== -1 && (!best || at < best.at || (at === best.at && e.term.length > best.term.length))) best = { at, ...e };
          }
          if (!best) break;
          if (best.at > 0) out.push({ type: 'text', value: rest.slice(0, best.at) });
          out.push({
            type: 'link',
            url: best.method.url,
            data: { hProperties: { className: ['method-link'], dataDefinition: best.method.definition, 'aria-description': best.method.definition } },
            children: [{ type: 'text', value: best.term }],
          });
          linked.add(best.method.id);
          rest = rest.slice(best.at + best.term.length);
        }
        if (rest) out.push({ type: 'text', value: rest });
      }
      p.children = out;
    };
    // Top-level paragraphs only: the commentary aside and headings are left alone.
    for (const node of tree.children) if (node.type === 'paragraph') visitParagraph(node);
  };
}
