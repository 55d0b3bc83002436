/**
 * Word's footnote markup in a page it saved as a web page: the note list is the document's notes, each "[N] text",
 * out of the page; a reference reads [N] where it is printed, whether Word printed it in brackets or as a bare number.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cutWordNotes } from '../../src/lib/ingest/read/word-footnotes.ts';

const page = (refText: string, noteText: string) =>
  `<html><body><div class=WordSection1><p class=MsoNormal>正文一句<a style='mso-footnote-id:ftn1' href="#_ftn1" name="_ftnref1">${refText}</a>。</p></div>` +
  `<div style='mso-element:footnote-list'><hr><div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText>` +
  `<a style='mso-footnote-id:ftn1' href="#_ftnref1" name="_ftn1">${noteText}</a> 注释的文字。</p></div></div></body></html>`;
const doc = (html: string) => (parseHTML(html) as unknown as { document: Document }).document;

describe("Word's footnotes in a saved web page", () => {
  it('are cut out of the page as the notes, the mark kept in the text', () => {
    const d = doc(page('<span class=MsoFootnoteReference>[1]</span>', '<span>[1]</span>'));
    expect(cutWordNotes(d)).toEqual(['[1] 注释的文字。']);
    expect(d.body.textContent).toBe('正文一句[1]。');
  });
  it('read [N] from the link where the mark is a bare superscript number', () => {
    const d = doc(page('<sup>1</sup>', '<sup>1</sup>'));
    expect(cutWordNotes(d)).toEqual(['[1] 注释的文字。']);
    expect(d.body.textContent).toBe('正文一句[1]。');
  });
  it('leave a page without Word notes as it is', () => {
    const d = doc('<html><body><p>正文<a href="#x">1</a></p></body></html>');
    expect(cutWordNotes(d)).toEqual([]);
    expect(d.body.textContent).toBe('正文1');
  });
});
