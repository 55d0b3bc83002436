/**
 * A notice (通知) whose attachment is the compilation holding the cases is
 * cited by the attachment's title, as a compilation [G]; the notice's own
 * title, 文号 and date are proposed for the entry's about, with the line they
 * stand on (content/README.md §5). On the notice fixture and on lines made
 * for the test, never on a real document.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { noticeSource } from '../../src/lib/ingest/proposals.ts';
import { ingestCommand } from '../../scripts/ingest-command.ts';

const FILE = 'tests/fixtures/ingest/docx-notice-compilation/notice-compilation.docx';

describe('a notice issuing the compilation that holds the cases', () => {
  const lines = ['某某县委组织部文件', '', '某组通〔2014〕3号', '', '关于转发《为民服务经验汇编》的通知', '', '各乡镇党委：', '', '2014年3月5日', '', '附件', '', '为民服务经验汇编', '', '案例之一'];

  it('is named by the work it issues, with the notice’s title, number and date proposed for about from their lines', () => {
    const x = noticeSource('关于转发《为民服务经验汇编》的通知', lines, 15, '某某县委组织部');
    expect(x?.title).toBe('为民服务经验汇编');
    expect(x?.about).toMatchObject({ field: 'about', line: 5, quote: '关于转发《为民服务经验汇编》的通知' });
    expect(x?.about.value).toBe('本汇编是《关于转发〈为民服务经验汇编〉的通知》（某某县委组织部，某组通〔2014〕3号，2014年3月5日）的附件，案例引自附件。');
  });

  it('names as the notice’s issuer only a body the notice prints (its red head or its signature), never the site that carries it', () => {
    const x = noticeSource('关于转发《为民服务经验汇编》的通知', lines, 15, '××县人民政府网');
    expect(x?.about.value).toBe('本汇编是《关于转发〈为民服务经验汇编〉的通知》（某组通〔2014〕3号，2014年3月5日）的附件，案例引自附件。');
  });

  it('leaves any other title alone', () => {
    expect(noticeSource('关于加强基层服务的通知', lines, 15)).toBeUndefined();
    expect(noticeSource('为民服务经验汇编', lines, 15)).toBeUndefined();
  });

  it('is no citation of a work the notice issues beside the cases: the cases stand under another attachment’s title', () => {
    const two = ['某某县委组织部文件', '', '某组通〔2014〕3号', '', '关于印发《2014年基层党建工作要点》的通知', '', '各乡镇党委：', '', '2014年3月5日', '', '附件1', '', '2014年基层党建工作要点', '', '一、总体要求', '', '附件2', '', '为民服务经验汇编', '', '案例之一'];
    expect(noticeSource('关于印发《2014年基层党建工作要点》的通知', two, 21, '某某县委组织部')).toBeUndefined();
    // …nor of a work whose title never heads the cases (a notice forwarding another body's notice, the cases after it).
    const forwarded = ['关于转发《省委组织部关于开展联系服务群众活动的通知》的通知', '', '各乡镇党委：', '', '现将省委组织部通知转发给你们。', '', '典型案例', '', '案例之一'];
    expect(noticeSource(forwarded[0]!, forwarded, 9)).toBeUndefined();
  });

  it('gives ingest’s draft source entry the work’s title, type compilation and the about proposal; the notice’s date stays the date', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'notice-entry-'));
    try {
      expect(await ingestCommand([FILE, '--out', out], { out: () => {}, err: () => {} })).toBe(0);
      const file = readdirSync(out).find((f) => f.endsWith('.source.yaml'))!;
      const text = readFileSync(path.join(out, file), 'utf8');
      const [entry] = parseYaml(text) as Array<{ title: string; type?: string; date?: string; proposals: Array<{ field: string; value: string }> }>;
      expect(entry).toMatchObject({ title: '联系服务群众典型案例选编', type: 'compilation', date: '2013-11-08' });
      expect(entry!.proposals.find((x) => x.field === 'about')?.value).toMatch(/^本汇编是《关于印发〈联系服务群众典型案例选编〉的通知》（.+组通〔2013〕47号，2013年11月8日）的附件/u);
      // type is written, so the head no longer asks for it.
      expect(text).not.toContain('待填：type');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
