/**
 * A finance portal's stock-quote link, injected into a sentence after a name it links (来到中关村(000931,股吧)走访):
 * a bracket right after the linked name holding nothing but links, the first to the security's quote page with its
 * six-digit code as its text.
 * Told by its role in the page — every word of it a link, the code's link pointing to that code's page — never by a
 * site's name: the portal's furniture, not the article's words, so it is cut from the paragraph and reported.
 */

const CODE = /^\d{6}$/u;
const OPEN = /[(（]\s*$/u;
const CLOSE = /^\s*[)）]/u;
const SEPARATOR = /^[\s,，、]*$/u;

const isLink = (node: Node): node is Element => node.nodeType === 1 && (node as Element).tagName.toLowerCase() === 'a';

/** The nodes of a quote bracket opening at `code` (its links and the commas between them, in order) and the text node closing it; undefined when the bracket holds anything else. */
function bracketAfter(code: Element): { nodes: Node[]; close: Node } | undefined {
  const nodes: Node[] = [code];
  for (let node = code.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === 3 && CLOSE.test(node.textContent ?? '')) return { nodes, close: node };
    if (isLink(node) || (node.nodeType === 3 && SEPARATOR.test(node.textContent ?? ''))) nodes.push(node);
    else return undefined;
  }
  return undefined;
}

/** Cuts every quote bracket out of `root`'s text; returns each as printed ((000931,股吧)). */
export function cutQuoteLinks(root: Element): string[] {
  const cut: string[] = [];
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    const code = (a.textContent ?? '').trim();
    const open = a.previousSibling;
    // The bracket alone between the linked name and the code: (<a>000931</a>,<a>股吧</a>) right after <a>中关村</a>.
    if (!CODE.test(code) || !(a.getAttribute('href') ?? '').includes(code) || open?.nodeType !== 3 || !/^\s*[(（]\s*$/u.test(open.textContent ?? '') || !open.previousSibling || !isLink(open.previousSibling)) continue;
    const bracket = bracketAfter(a);
    if (!bracket) continue;
    const opening = OPEN.exec(open.textContent!)![0].trim();
    const closing = CLOSE.exec(bracket.close.textContent!)![0].trim();
    cut.push(`${opening}${bracket.nodes.map((n) => n.textContent ?? '').join('').trim()}${closing}`);
    open.textContent = open.textContent!.replace(OPEN, '');
    bracket.close.textContent = bracket.close.textContent!.replace(CLOSE, '');
    for (const n of bracket.nodes) n.parentNode?.removeChild(n);
  }
  return cut;
}
