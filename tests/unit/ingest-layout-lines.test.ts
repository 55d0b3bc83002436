/**
 * A blank-line text whose paragraphs are one line each (Notepad's, typed without wrapping) breaks no paragraph over
 * lines: the few blocks of several lines in it (a title, its ——subtitle and a byline typed one under the other) are
 * lines of their own; a line break in it that cuts a sentence is still rejoined.
 */
import { describe, expect, it } from 'vitest';
import { normaliseLayout } from '../../src/lib/ingest/layout.ts';
import { analyseDocument } from '../../src/lib/ingest/document.ts';
import { loadRegionIndex } from '../../src/lib/node/region-index.ts';
import { buildEdition } from '../../src/lib/edition.ts';

const paragraphs = (text: string) => text.split(/\n\s*\n/).map((p) => p.replace(/^\s+/u, '')).filter(Boolean);
const body = [
  '\u3000\u3000入冬以后，镇村干部每周两个晚上进村入户，听群众说事。',
  '\u3000\u3000群众反映的事当晚记进台账，能当场答复的当场答复。',
  '\u3000\u3000一年来，全镇共开展夜访三百余场，办结群众诉求六百多件。',
  '\u3000\u3000村民说：“干部坐到炕头上，说了的事有人记、有人办。”',
];

describe('a blank-line text of one-line paragraphs', () => {
  it('sets the lines of its head block apart: title, ——subtitle and byline are three lines', () => {
    const text = ['“炕头会”上听民声', '——某镇推行干部夜访见闻', '张三　李四', '', ...body.flatMap((p) => [p, ''])].join('\n');
    expect(paragraphs(normaliseLayout(text).text).slice(0, 4)).toEqual(['“炕头会”上听民声', '——某镇推行干部夜访见闻', '张三　李四', body[0]!.slice(2)]);
  });

  it('still rejoins a paragraph the export broke mid-sentence', () => {
    const broken = ['“炕头会”上听民声', '——某镇推行干部夜访见闻', '张三　李四', '', body[0], '', body[1]!.slice(0, 15), body[1]!.slice(15), '', body[2], '', body[3], ''].join('\n');
    const doc = analyseDocument(broken, { methods: [], themes: [], regions: loadRegionIndex() });
    // The cut is rejoined as a recorded correction: the edition reads one paragraph.
    expect(doc.drafts.map((d) => [d.title, d.subtitle, buildEdition(d.raw, d.corrections).map((b) => b.text)])).toEqual([['“炕头会”上听民声', '某镇推行干部夜访见闻', body.map((p) => p.slice(2))]]);
  });
});
