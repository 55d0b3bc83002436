/**
 * Paragraphs Word sets in a frame (w:framePr) beside the running text, which mammoth reads as paragraphs of the flow:
 *
 * - a drop cap (w:dropCap="drop" or "margin") is the first letter of the paragraph after it, set large in a frame of
 *   its own: it is rejoined to that paragraph.
 * - a pull quote (引语, a sentence of the text printed again in a framed, bordered box in larger type) repeats what the
 *   text says: it is taken out of the flow and listed as the duplicate it is. A framed paragraph that repeats nothing
 *   stays where it stands: its words are the document's only copy of them.
 *
 * A text box repeating the text is the same pull quote (repeatsText, for docx.ts's text boxes).
 */
import { DOMParser } from 'linkedom';
import { textKey } from '../../text.ts';
import { descendants, inside, kid, runText as textOf, tag, type El } from './docx-xml.ts';


/** Characters a pull quote holds at least: a word or two in a box (导读, 编者按) repeat the text by chance. */
const QUOTE_MIN = 10;

/** Whether a box's words are all printed in the text (`textKeyed`: the text's textKey): a pull quote. */
export function repeatsText(box: string, textKeyed: string): boolean {
  const key = textKey(box);
  return Array.from(key).length >= QUOTE_MIN && textKeyed.includes(key);
}

const framePr = (p: El) => kid(kid(p, 'w:pPr'), 'w:framePr');
const isDropCap = (p: El) => ['drop', 'margin'].includes(framePr(p)?.getAttribute('w:dropCap') ?? '');

/** The drop cap's runs set at the start of the paragraph after it, and the frame removed. */
function rejoinDropCap(p: El): void {
  let next = p.nextElementSibling;
  while (next && tag(next) !== 'w:p') next = next.nextElementSibling;
  if (!next || isDropCap(next)) return;
  const at = kid(next, 'w:pPr')?.nextSibling ?? next.firstChild;
  for (const r of Array.from(p.children).filter((c) => tag(c) !== 'w:pPr')) next.insertBefore(r, at);
  p.remove();
}

/**
 * The document part with each drop cap rejoined to its paragraph and each framed pull quote taken out; the pull
 * quotes' words. The part as it was when it holds no frame.
 */
export function readFrames(documentXml: string): { xml: string; pullQuotes: string[] } {
  if (!/<w:framePr\b/.test(documentXml)) return { xml: documentXml, pullQuotes: [] };
  const doc = new DOMParser().parseFromString(documentXml, 'text/xml') as unknown as Document;
  const paragraphs = descendants(doc.documentElement as El, 'w:p').filter((p) => !inside(p, 'w:txbxContent'));
  for (const p of paragraphs.filter(isDropCap)) rejoinDropCap(p);
  const framed = paragraphs.filter((p) => p.parentElement && framePr(p) && !isDropCap(p));
  const flowKey = textKey(
    paragraphs
      .filter((p) => p.parentElement && !framed.includes(p))
      .map(textOf)
      .join(''),
  );
  const pullQuotes: string[] = [];
  for (const p of framed) {
    const words = textOf(p).trim();
    if (!repeatsText(words, flowKey)) continue;
    pullQuotes.push(words);
    p.remove();
  }
  return { xml: doc.toString(), pullQuotes };
}
