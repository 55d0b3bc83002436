/**
 * OpenDocument text and RTF read as first-class word processor files: the evidence the .docx reader gives (headings
 * by the document's outline, looks, tables, notes after the body with their marks kept in the text), the review marks
 * reported, the file's creator never an author, and a damaged file refused in one line naming it. The annotated
 * fixtures (odt-rtf/*.expected.yaml) assert the drafts in full; this asserts what the readers hand the analysis.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/lib/ingest/read/index.ts';

const dir = path.join(import.meta.dirname, '../fixtures/ingest/odt-rtf');
const bytes = (name: string) => new Uint8Array(readFileSync(path.join(dir, name)));
const lineAt = (text: string, n: number) => text.split('\n')[n - 1];

describe.each(['compilation.odt', 'compilation.rtf'])('%s', (name) => {
  it('gives the .docx reader’s evidence: Heading 1 titles declared with their size, subtitles centred, the table’s rows, the list’s numbers', async () => {
    const doc = await readInput(name, bytes(name));
    const declared = doc.headings.filter((h) => h.cue === 'declared').map((h) => [lineAt(doc.text, h.line), h.level]);
    expect(declared).toEqual([['联系服务群众经验案例选编', 1], ['“一站三中心”一切以群众为中心', 1], ['一名党员联十户你有困难我服务', 1]]);
    expect(doc.headings.find((h) => lineAt(doc.text, h.line) === '一名党员联十户你有困难我服务')?.size).toBe(18);
    expect(doc.headings.some((h) => h.cue === 'emphasis' && lineAt(doc.text, h.line) === '——天津宝坻区推行乡镇“一站三中心”工作模式')).toBe(true);
    expect(doc.tables?.map((t) => lineAt(doc.text, t.first))).toEqual(['服务中心 | 职能', '镇综合信访服务中心 | 接待群众来访，协调化解矛盾', '镇社区服务中心 | 为群众代办各类事项']);
    expect(doc.text.replace(/[ \t]/g, '')).toContain('\n三、一次性办结\n');
    expect(doc.left?.filter((b) => b.role === 'running-head').map((b) => b.text)).toEqual(['联系服务群众经验案例选编', '— 〔页码〕 —']);
    // Paragraphs set alike have one look, the title and the text another.
    const look = (line: string) => doc.looks?.find((l) => lineAt(doc.text, l.line) === line)?.look;
    const subtitle = look('——天津宝坻区推行乡镇“一站三中心”工作模式');
    expect(subtitle).toBeDefined();
    expect(subtitle).toBe(look('——河北饶阳县在村级建立“1+10”党员联系户制度'));
    expect(new Set([subtitle, look('一名党员联十户你有困难我服务'), look('【点评】')]).size).toBe(3);
  });
});

describe('outline-numbered.odt', () => {
  it('writes the numbers the outline style prints before its headings into their text, as the list style’s', async () => {
    const doc = await readInput('outline-numbered.odt', bytes('outline-numbered.odt'));
    const declared = doc.headings.filter((h) => h.cue === 'declared' && h.level === 1).map((h) => lineAt(doc.text, h.line));
    expect(declared).toEqual(['联系服务群众经验案例选编', '一、“一站三中心”一切以群众为中心', '二、一名党员联十户你有困难我服务']);
    expect(doc.warnings?.join('\n')).toMatch(/5 paragraph\(s\) numbered by the document's list styles: their numbers \(一、 二、 三、…\)/);
  });
});

describe('shape-group.odt', () => {
  it('reports the words in a group of drawn shapes as a text box anchored in its paragraph, never drops them', async () => {
    const doc = await readInput('shape-group.odt', bytes('shape-group.odt'));
    const boxes = doc.left?.filter((b) => b.role === 'textbox');
    expect(boxes?.map((b) => b.text)).toEqual(['县级领导挂乡蹲点\n干部职工包户到人']);
    expect(boxes?.[0]?.reason).toMatch(/^文本框（锚定于第4段“一是要找准着力点/);
    expect(doc.text).not.toContain('包户到人\n');
  });

  it('keeps the words a cross-reference field prints (text:bookmark-ref) in their sentence', async () => {
    const doc = await readInput('shape-group.odt', bytes('shape-group.odt'));
    expect(doc.text).toContain('艰巨性的特点，可以概括为“六千万”工程（千头万绪理思路');
  });
});

describe.each(['essay-footnote.odt', 'essay-gbk.rtf'])('%s', (name) => {
  it('keeps the footnote’s mark in the byline and its text after the body; comment, deletion and text box reported; the creator is no author', async () => {
    const doc = await readInput(name, bytes(name));
    expect(doc.text.split('\n')).toContain('肖文杰[1]');
    expect(doc.notes?.map((n) => lineAt(doc.text, n))).toEqual(['[1] 作者系永善县政府办党总支书记。']);
    const left = (role: string) => doc.left?.filter((b) => b.role === role).map((b) => b.text);
    expect(left('comment')).toEqual(['此句请与原稿核对']);
    expect(left('revision')).toEqual(['（此段待核）']);
    expect(left('textbox')).toEqual(['××县移民工作小贴士\n“六千万”工程：千头万绪理思路，千山万水搞实调。']);
    expect(doc.left?.find((b) => b.role === 'comment')?.reason).toContain('针对“做群众工作丝毫不能松懈”');
    expect(doc.text).not.toMatch(/此段待核|此句请与原稿核对|小贴士/);
    expect(doc.meta).not.toHaveProperty('author');
    expect(doc.warnings?.join('\n')).toMatch(/file properties \(××，2013-10-08 09:00\)/);
  });
});

describe('RTF text', () => {
  const rtf = (body: string) => new TextEncoder().encode(`{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}${body}}`);

  it('reads a \\uN escape once, its fallback bytes skipped as \\ucN says, and GBK bytes two at a time', async () => {
    const doc = await readInput('a.rtf', rtf("\\uc2 \\pard\\qc\\b\\fs44 \\u20013\\'d6\\'d0\\u25991\\'ce\\'c4\\par\\pard\\plain \\'d5\\'fd\\'ce\\'c4\\'a1\\'a3\\par"));
    expect(doc.text).toBe('中文\n\n正文。\n');
    expect(doc.headings).toEqual([{ line: 1, level: 2, cue: 'emphasis', size: 22 }]);
  });

  it('keeps a table inside a footnote in the note, its cells along the line, and out of the body\'s tables', async () => {
    const doc = await readInput('a.rtf', rtf("\\pard \\'d5\\'fd\\'ce\\'c4{\\super \\chftn}{\\footnote \\pard\\plain {\\super \\chftn} \\trowd\\cellx2000\\cellx4000\\pard\\intbl A\\cell B\\cell\\row}\\'a1\\'a3\\par"));
    expect(doc.text).toBe('正文[1]。\n\n[1] A | B\n');
    expect(doc.tables).toBeUndefined();
  });

  it('reads the Unicode text of a \\upr group (its \\ud), the ANSI copy beside it once skipped, never both dropped', async () => {
    // Word writes text a code page cannot hold twice: {\upr{ANSI}{\*\ud{Unicode}}}; a reader that knows \ud reads it.
    const doc = await readInput('a.rtf', rtf("\\pard \\'b5\\'da{\\upr{\\'c1\\'aa\\'cf\\'b5?}{\\*\\ud{\\u32852?\\u31995?\\u22531?}}}\\'a1\\'a3\\par"));
    expect(doc.text).toBe('第联系堃。\n');
    expect(doc.left ?? []).toEqual([]);
  });

  it('reports WordArt’s words (a shape’s gtextUNICODE property) as a text box’s, never drops them', async () => {
    const doc = await readInput('a.rtf', rtf("{\\shp{\\*\\shpinst\\shpleft0{\\sp{\\sn shapeType}{\\sv 136}}{\\sp{\\sn gtextUNICODE}{\\sv \\u20013?\\u20849?\\u25991?\\u20214?}}{\\sp{\\sn gtextFont}{\\sv SimSun}}}}\\pard \\'d5\\'fd\\'ce\\'c4\\'a1\\'a3\\par"));
    expect(doc.text).toBe('正文。\n');
    expect(doc.left).toEqual([expect.objectContaining({ role: 'textbox', text: '中共文件' })]);
  });

  it('reads a nested table once: Word’s \\nonesttables copy of it, for readers without nested tables, is not the text', async () => {
    const doc = await readInput('a.rtf', rtf("\\pard\\intbl\\itap1 A\\cell \\pard\\intbl\\itap2 B\\nestcell{\\*\\nesttableprops\\trowd\\cellx1000\\nestrow}{\\*\\nonesttables\\par B\\par}\\pard\\intbl\\itap1 \\cell\\trowd\\cellx1000\\cellx2000\\row\\pard \\'d5\\'fd\\'ce\\'c4\\'a1\\'a3\\par"));
    expect(doc.text.match(/B/g)).toHaveLength(1);
    expect(doc.left ?? []).toEqual([]);
  });

  it('skips no more after a \\uN than a character’s bytes, whatever \\ucN says: the text after it is never swallowed', async () => {
    const doc = await readInput('a.rtf', rtf("\\uc9999\\pard \\u20320????\\'d5\\'fd\\'ce\\'c4\\'a1\\'a3\\par\\pard \\'d5\\'fd\\'ce\\'c4\\par"));
    expect(doc.text).toBe('你正文。\n\n正文\n');
  });

  it('keeps a note’s words around a part of its own inside it (an unknown part, a comment): none cleared', async () => {
    const doc = await readInput('a.rtf', rtf("\\pard \\'d5\\'fd\\'ce\\'c4{\\super \\chftn}{\\footnote \\pard\\plain {\\super \\chftn} ABC{\\*\\xmystery DEF}GHI{\\*\\atrfstart 1}JKL{\\*\\atrfend 1}{\\*\\atnid X}{\\*\\atnauthor X}{\\chatn }{\\*\\annotation \\pard comment}MNO}\\'a1\\'a3\\par"));
    expect(doc.text).toBe('正文[1]。\n\n[1] ABCGHIJKLMNO\n');
    expect(doc.left).toHaveLength(2);
    expect(doc.left).toEqual(expect.arrayContaining([expect.objectContaining({ role: 'unknown', text: 'DEF' }), expect.objectContaining({ role: 'comment', text: 'comment' })]));
  });

  it('reports the text of a destination it does not know, and drops none of the running text around it', async () => {
    const doc = await readInput('a.rtf', rtf("\\pard {\\*\\xmystery \\'d2\\'fe\\'b2\\'d8}\\'d5\\'fd\\'ce\\'c4\\'a1\\'a3\\par"));
    expect(doc.text).toBe('正文。\n');
    expect(doc.left).toEqual([expect.objectContaining({ role: 'unknown', text: '隐藏' })]);
    expect(doc.left?.[0]?.reason).toMatch(/xmystery.*未放入正文/);
  });
});

describe('OpenDocument tables', () => {
  it('keeps the words a file holds in a cell covered by a merge, in their place in the row', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(bytes('shape-group.odt'));
    const content = (await zip.file('content.xml')!.async('string')).replace(
      '</office:text>',
      '<table:table table:name="T9"><table:table-column table:number-columns-repeated="3"/><table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>低保申请</text:p></table:table-cell><table:covered-table-cell><text:p>五个工作日</text:p></table:covered-table-cell><table:table-cell><text:p>村代办员上门</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell><text:p>甲</text:p></table:table-cell><table:covered-table-cell/><table:table-cell><text:p>乙</text:p></table:table-cell></table:table-row></table:table></office:text>',
    );
    zip.file('content.xml', content);
    const doc = await readInput('covered.odt', await zip.generateAsync({ type: 'uint8array' }));
    expect(doc.text).toContain('低保申请 | 五个工作日 | 村代办员上门');
    expect(doc.text).toContain('\n甲 | 乙\n');
  });
});

describe('tracked-comment.odt', () => {
  it('gives a comment over two paragraphs its whole range, and no date where LibreOffice wrote 0000-00-00', async () => {
    const doc = await readInput('tracked-comment.odt', bytes('tracked-comment.odt'));
    const comment = doc.left?.find((b) => b.role === 'comment');
    expect(comment?.text).toBe('跨段批注');
    expect(comment?.reason).toMatch(/^批注（王五，针对“批注开始第三段格式改过的文字。批注结束”）/);
    expect(doc.text).toContain('新插入的句子，我们体会很深。批注开始\n');
    expect(doc.left?.find((b) => b.role === 'revision')?.text ?? doc.left?.map((b) => b.text).join('|')).toContain('被删去的第二段整段文字。');
  });
});

describe('note-comment.odt', () => {
  it('reports a comment on a footnote\'s words (saved by LibreOffice), never drops it', async () => {
    const doc = await readInput('note-comment.odt', bytes('note-comment.odt'));
    expect(doc.text).toContain('[1] 据永善县委组织部2013年统计。');
    const comment = doc.left?.find((b) => b.role === 'comment');
    expect(comment?.text).toBe('此处出处待核实');
    expect(comment?.reason).toMatch(/^批注（王五 2023-05-01，针对“\[1\] 据永善县委组织部2013年统计/);
  });
});

describe('ruby-note-drawing.odt', () => {
  // LibreOffice's save of ruby-note-drawing.fodt: a reading (拼音 over 馕) in the headline and the text, and a text frame
  // inside a footnote. Neither is the text's words; both were dropped without a word.
  it('reports a ruby reading with its base, the base in the text as printed', async () => {
    const doc = await readInput('ruby-note-drawing.odt', bytes('ruby-note-drawing.odt'));
    expect(doc.text).toContain('一块馕饼里的民族团结');
    expect(doc.text).not.toContain('náng');
    const readings = doc.left?.filter((b) => b.text === 'náng') ?? [];
    expect(readings).toHaveLength(2);
    expect(readings[0]?.reason).toMatch(/^注音：印在“馕”字上方的读音/);
  });
  it('reports a text frame inside a footnote as a text box, never drops it', async () => {
    const doc = await readInput('ruby-note-drawing.odt', bytes('ruby-note-drawing.odt'));
    expect(doc.text).toContain('[1] 打馕活动的做法见附图。');
    expect(doc.left?.find((b) => b.role === 'textbox')?.text).toBe('每周三下午　社区活动室');
  });
});

describe('OpenDocument files by other names', () => {
  it('reads a LibreOffice template (.ott, the same package) as the .odt it was saved from', async () => {
    const [ott, odt] = await Promise.all([readInput('compilation.ott', bytes('compilation.ott')), readInput('compilation.odt', bytes('compilation.odt'))]);
    expect(ott.text).toBe(odt.text);
  });
  it('refuses a flat .fodt saying how to save it as .odt', async () => {
    await expect(readInput('a.fodt', bytes('compilation.fodt'))).rejects.toThrow(/^a\.fodt: \.fodt is a flat OpenDocument text .*另存为 \.odt/);
  });
});

describe('damaged files', () => {
  it('a truncated .odt is refused in one line naming the file', async () => {
    await expect(readInput('cut.odt', bytes('compilation.odt').subarray(0, 5000))).rejects.toThrow(/^cut\.odt: not a readable OpenDocument text \(.+\); the file is damaged or truncated/);
  });

  it('a zip bomb (a content.xml unpacking to more than any text needs) is refused in one line naming the file and the part', async () => {
    await expect(readInput('zip-bomb.odt', bytes('zip-bomb.odt'))).rejects.toThrow(/^zip-bomb\.odt: the OpenDocument part content\.xml unpacks to 70 MB, more than any text needs/);
  });

  it('a password-protected .odt (saved with a password by LibreOffice) is refused saying so', async () => {
    await expect(readInput('password.odt', bytes('password.odt'))).rejects.toThrow(/^password\.odt: the OpenDocument file is password-protected; open it in LibreOffice or WPS with its password/);
  });

  it('a truncated .rtf is refused in one line naming the file, never read in part', async () => {
    await expect(readInput('cut.rtf', bytes('compilation.rtf').subarray(0, 20000))).rejects.toThrow(/^cut\.rtf: the RTF document ends before \d+ of its groups close/);
  });

  it('a file named .rtf that is not RTF says so', async () => {
    await expect(readInput('plain.rtf', new TextEncoder().encode('这不是 RTF 文件。'))).rejects.toThrow(/^plain\.rtf: not an RTF document/);
  });
});
