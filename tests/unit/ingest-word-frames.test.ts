/**
 * Word's frames (read/docx-frames.ts) on the docx-drop-cap fixture, a two-column article Word-style: the drop cap's
 * character rejoins the paragraph it opens, and the framed pull quote repeating a sentence of the text is taken out
 * of the flow and listed as a duplicate. A framed paragraph repeating nothing stays where it stands.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/lib/ingest/read/docx.ts';
import { readFrames } from '../../src/lib/ingest/read/docx-frames.ts';

const FIXTURE = 'tests/fixtures/ingest/docx-drop-cap/two-column-drop-cap.docx';
const QUOTE = '真正做到把群众情绪作为第一信号，把群众富裕作为第一追求，把群众满意作为第一目标。';

describe('a drop cap and a pull quote in Word frames', () => {
  it('rejoins the drop cap and lists the pull quote, once, as a duplicate', async () => {
    const doc = await readDocx(FIXTURE, readFileSync(FIXTURE));
    const paragraphs = doc.text.split('\n').filter(Boolean);
    expect(paragraphs[2]).toMatch(/^十八大报告指出：/u);
    expect(paragraphs).not.toContain('十');
    expect(paragraphs.filter((p) => p.includes(QUOTE))).toHaveLength(1);
    expect(doc.left?.filter((b) => b.role === 'duplicate').map((b) => b.text)).toEqual([QUOTE]);
  });

  it('keeps a framed paragraph whose words the text does not print', () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const p = (text: string, frame = '') => `<w:p><w:pPr>${frame}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const xml = `<w:document ${W}><w:body>${p('全县共有党员一万二千名，分布在各村。')}${p('本文作者系县委书记，长期在基层工作。', '<w:framePr w:w="4000" w:wrap="around"/>')}</w:body></w:document>`;
    const { xml: out, pullQuotes } = readFrames(xml);
    expect(pullQuotes).toEqual([]);
    expect(out).toContain('本文作者系县委书记');
  });
});
