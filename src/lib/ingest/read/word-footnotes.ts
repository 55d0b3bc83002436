/**
 * The footnotes and endnotes of a page Word saved as a web page (另存为 > 网页, .htm/.mht): Word writes each reference
 * as a link into the note list (<a style="mso-footnote-id:ftn1" href="#_ftn1" name="_ftnref1">[1]</a>) and the notes
 * in a list at the end of the page (<div style="mso-element:footnote-list"> holding one <div style="mso-element:
 * footnote" id=ftn1> per note, each opening with a link back). They are the document's notes, as a .docx's footnotes
 * are (docx.ts) and a PDF page's (pdf-footnotes.ts): the list is taken out of the page, each note kept as
 * "[N] text" to follow the body, and the reference in the text reads [N] where it is printed.
 */
import { collapseSpace, trimLine } from './dom-lines.ts';

/** Word's note list and a note in it, by the mso-element its style names (the role Word gives the markup). */
const NOTE_LIST = /mso-element\s*:\s*(?:foot|end)note-list/i;
const NOTE = /mso-element\s*:\s*(?:foot|end)note(?!-)/i;
/** A reference's target or a note's own anchor: _ftn1, _edn2 (the back link is _ftnref1, _ednref2). */
const NOTE_ID = /^#?_(ftn|edn)(?:ref)?(\d+)$/i;

const styleOf = (el: Element) => el.getAttribute('style') ?? '';
const textOf = (el: Element) => trimLine(collapseSpace((el.textContent ?? '').replace(/\u00a0/g, ' ')));

/** The mark as printed ([1], [i]) where the link prints one in brackets, else [N] from the link's target or name. */
function markOf(link: Element): string | undefined {
  const printed = textOf(link);
  if (/^\[[^\]]{1,6}\]$/u.test(printed)) return printed;
  const m = NOTE_ID.exec(link.getAttribute('href') ?? '') ?? NOTE_ID.exec(link.getAttribute('name') ?? '');
  return m ? `[${m[2]}]` : undefined;
}

/**
 * The page's Word notes as "[N] text", their list taken out of `doc` (it is changed) and each reference in the text
 * set to read [N]; none when the page has no Word note list.
 */
export function cutWordNotes(doc: Document): string[] {
  const lists = Array.from(doc.querySelectorAll('div')).filter((el) => NOTE_LIST.test(styleOf(el)));
  if (!lists.length) return [];
  const notes: string[] = [];
  for (const list of lists) {
    for (const note of Array.from(list.querySelectorAll('div')).filter((el) => NOTE.test(styleOf(el)))) {
      const back = note.querySelector('a[href]');
      const mark = back ? markOf(back) : undefined;
      // The back link is the printed mark: the note's words are what follows it.
      back?.remove();
      const text = textOf(note);
      if (text) notes.push(mark ? `${mark} ${text}` : text);
    }
    list.remove();
  }
  for (const ref of Array.from(doc.querySelectorAll('a[href]'))) {
    const mark = /mso-(?:foot|end)note-id/i.test(styleOf(ref)) ? markOf(ref) : undefined;
    if (mark) ref.textContent = mark;
  }
  return notes;
}
