/**
 * Word content controls (read/docx-controls.ts): an unfilled control's placeholder is never text, and only a form
 * whose labelled controls file a case is set as a form's table; a control inside a sentence stays in its sentence.
 * The whole path, a 申报书 Word wrote, is the annotated fixture docx-content-controls.
 */
import { describe, expect, it } from 'vitest';
import { readContentControls } from '../../src/lib/ingest/read/docx-controls.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const control = (alias: string, content: string, placeholder = false) =>
  `<w:sdt><w:sdtPr><w:alias w:val="${alias}"/><w:tag w:val="${alias}"/><w:id w:val="1"/>${placeholder ? '<w:showingPlcHdr/>' : ''}<w:text/></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
const documentOf = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`;

describe('content controls', () => {
  it('empties a control still showing its placeholder and says which field it prompted for', () => {
    const { xml, placeholders } = readContentControls(documentOf(`<w:p>${run('联系电话：')}${control('联系电话', run('单击或点击此处输入文字。'), true)}</w:p>`));
    expect(placeholders).toEqual([{ field: '联系电话', text: '单击或点击此处输入文字。' }]);
    expect(xml).not.toContain('单击或点击此处输入文字');
  });

  it('sets labelled controls that file a case as a table of labels and values', () => {
    const body = `<w:p>${run('案例名称：')}${control('案例名称', run('群众动嘴干部跑腿'))}</w:p><w:p>${run('案例正文：')}</w:p>${control('案例正文', `<w:p>${run('第一段。')}</w:p><w:p>${run('第二段。')}</w:p>`)}`;
    const { xml } = readContentControls(documentOf(body));
    const rows = [...xml.matchAll(/<w:tr>(.*?)<\/w:tr>/g)].map((m) => [...m[1]!.matchAll(/<w:tc>(.*?)<\/w:tc>/g)].map((c) => [...c[1]!.matchAll(/<w:t[^>]*>(.*?)<\/w:t>/g)].map((t) => t[1])));
    expect(rows).toEqual([
      [['案例名称：'], ['群众动嘴干部跑腿']],
      [['案例正文：'], ['第一段。', '第二段。']],
    ]);
  });

  it('leaves a control inside a sentence, and a form that files no case, as they are', () => {
    const sentence = documentOf(`<w:p>${run('本单位于')}${control('日期', run('2024年5月20日'))}${run('召开会议。')}</w:p>`);
    expect(readContentControls(sentence).xml).toBe(sentence);
    const noText = documentOf(`<w:p>${run('联系人：')}${control('联系人', run('×××'))}</w:p>`);
    expect(readContentControls(noText).xml).toBe(noText);
  });
});
