/** A draft status after a title (（征求意见稿）) is the document's condition, not its name (draft-status.ts). */
import { describe, expect, it } from 'vitest';
import { DRAFT_STATUS_LINE, withoutDraftStatus } from '../../src/lib/ingest/draft-status.ts';
import { analyseDocument } from '../../src/lib/ingest/document.ts';
import { loadRegionIndex } from '../../src/lib/node/region-index.ts';

describe('a draft status printed with a title', () => {
  it('is taken off the title and kept as the status', () => {
    expect(withoutDraftStatus('吕梁市联系服务群众典型案例选编（征求意见稿）')).toEqual({ title: '吕梁市联系服务群众典型案例选编', status: '征求意见稿' });
    expect(withoutDraftStatus('案例汇编(讨论稿)')).toEqual({ title: '案例汇编', status: '讨论稿' });
  });
  it('leaves other brackets (a volume, a subtitle) in the title', () => {
    expect(withoutDraftStatus('联系服务群众案例选编（第三辑）')).toEqual({ title: '联系服务群众案例选编（第三辑）' });
    expect(withoutDraftStatus('（征求意见稿）')).toEqual({ title: '（征求意见稿）' });
  });
  it('is told alone on a line', () => {
    expect(DRAFT_STATUS_LINE.test('（征求意见稿）')).toBe(true);
    expect(DRAFT_STATUS_LINE.test('征求意见稿的说明')).toBe(false);
  });
  it('printed on the line under a compilation title leaves the source title as the name', () => {
    const text = ['某某市联系服务群众案例选编', '', '（征求意见稿）', '', '说明：请各县于12月15日前反馈修改意见。', '', '案例一', '', '“院坝会”议出好日子', '', '某某镇地处某某县东部，镇党委推行院坝会，群众在自家院坝里议村里的事。', '', '案例二', '', '“小院服务队”把服务送上门', '', '服务队每周走访一次，帮老人代办一批事项，群众说服务队就在家门口。', ''].join('\n');
    const doc = analyseDocument(text, { methods: [], themes: [], regions: loadRegionIndex() });
    expect(doc.title).toBe('某某市联系服务群众案例选编');
    expect(doc.draftStatus).toBe('征求意见稿');
    // The request for comments over the cases is the compilers', listed as the compilation's header.
    expect(doc.left?.find((b) => b.text.startsWith('说明：'))?.role).toBe('compilation-header');
  });
});
