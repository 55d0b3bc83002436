/**
 * Running heads told by repetition (running-heads.ts), the one rule both the PDF reader (lines with positions)
 * and the layout of text copied out of a PDF viewer (lines between page numbers) read: the same words at a page's
 * edge on most of its pages, each page counted once.
 */
import { describe, expect, it } from 'vitest';
import { onMostPages, pagesAtEdge } from '../../src/lib/ingest/running-heads.ts';
import { normaliseLayout } from '../../src/lib/ingest/layout.ts';
import { dropFurniture, type PdfLine } from '../../src/lib/ingest/read/pdf-layout.ts';

describe('a page\'s edge and the pages a text stands there on', () => {
  it('reads the first and last two lines of each page, and counts a page once however often its edge has the text', () => {
    const pages = [
      ['汇编', '标题', '正文一', '正文二', '正文三', '汇编'],
      ['汇编', '正文四', '汇编', '正文五', '正文六'],
      ['正文七'],
    ];
    const counts = pagesAtEdge(pages, (l) => l);
    expect(counts.get('汇编')).toBe(2);
    expect(counts.get('正文二')).toBeUndefined();
    expect(counts.get('正文五')).toBe(1);
    expect(counts.get('正文七')).toBe(1);
  });

  it('most pages are half of them and two at least: one page repeats nothing', () => {
    expect([onMostPages(2, 3), onMostPages(3, 5), onMostPages(2, 4), onMostPages(2, 5), onMostPages(1, 1), onMostPages(1, 2), onMostPages(undefined, 2)]).toEqual([true, true, true, false, false, false, false]);
  });
});

describe('both readers tell a running head by that one rule', () => {
  // Lines of text differ in their words, not only in their numbers (a PDF's running head may carry a page's number).
  const words = '甲乙丙丁戊己庚辛壬癸';
  const body = (n: number) => `${words[n]}村党员干部进村入户听取群众意见，把群众反映的问题逐一登记、限期办结。`;

  it('text copied out of a PDF viewer: a line at the top and foot of one page of two is no running head', () => {
    const text = ['＊　＊　＊', body(1), body(2), body(3), '＊　＊　＊', '— 1 —', body(4), body(5), body(6), body(7), '— 2 —', ''].join('\n');
    const norm = normaliseLayout(text);
    expect(norm.dropped['running-head']).toBeUndefined();
    expect(norm.text.match(/＊　＊　＊/g)).toHaveLength(2);
  });

  it('text copied out of a PDF viewer: a line at the edge of both pages is one', () => {
    const text = ['××县经验材料', body(1), body(2), body(3), '— 1 —', '××县经验材料', body(4), body(5), '— 2 —', ''].join('\n');
    expect(normaliseLayout(text).dropped['running-head']).toBe(2);
  });

  it('a PDF: the same line at the edge of most pages is a running head, one at the edge of a single page is text', () => {
    const page = (n: number, texts: string[]): PdfLine[] => texts.map((text, i) => ({ page: n, y: 760 - i * 20, x0: 72, x1: 500, size: 12, text }));
    const dropped: Record<string, number> = {};
    const kept = dropFurniture([...page(1, ['××县经验材料', body(1), '＊　＊　＊', body(2)]), ...page(2, ['××县经验材料', body(3), body(4), body(5)]), ...page(3, [body(6), body(7), body(8), body(9)])], 3, dropped);
    expect(dropped['running heads']).toBe(2);
    expect(kept.map((l) => l.text)).toContain('＊　＊　＊');
  });
});
