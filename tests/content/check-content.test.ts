/**
 * npm run check:content fails on each kind of bad content, naming file and
 * field: every test checks a copy of the fixture library (tests/fixtures/library,
 * named content/ so messages read as an editor sees them) with one defect.
 * Only the first test reads content/ itself: it passes exactly when
 * `npm run check:content` does.
 */
import { appendFileSync, cpSync, mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { runNpmScript } from '../npm-script.ts';
import { copyFixtureLibrary } from '../fixture-library.ts';
import { createHash } from 'node:crypto';
import { checkContent, chineseNumber, countedChars, fieldPath, isRawTitle, placeNames, sourceProblems } from '../../src/lib/node/content-checks.ts';

const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

const copyContent = () => copyFixtureLibrary('check-content-', temps);

function edit(file: string, from: string, to: string) {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture edit: "${from}" not in ${file}`);
  writeFileSync(file, text.replace(from, to));
}

/** Problems of a copy of content/ after `mutate`. */
function problemsWith(mutate: (root: string) => void): string[] {
  const root = copyContent();
  mutate(root);
  return checkContent(root).problems;
}

const NANJING = 'cases/nanjing-cheguansuo.mdx';
const at = (root: string, rel: string) => path.join(root, rel);

it('the content as committed has no problems', () => {
  const report = checkContent(path.resolve('content'));
  expect(report.problems).toEqual([]);
  expect(report.counts.cases).toBeGreaterThan(0);
});

describe('schemas (the ones the build applies)', () => {
  it('unknown method id', () => {
    const problems = problemsWith((r) => edit(at(r, NANJING), '  - fuwu-rexian\n', '  - fuwu-rexianx\n'));
    expect(problems.join('\n')).toMatch(/content\/cases\/nanjing-cheguansuo\.mdx: methods\[2\]: Unknown method "fuwu-rexianx"/);
  });

  it('unknown level', () => {
    const problems = problemsWith((r) => edit(at(r, NANJING), 'level: 市\n', 'level: 地级\n'));
    expect(problems.join('\n')).toMatch(/content\/cases\/nanjing-cheguansuo\.mdx: level: Unknown level "地级"/);
  });

  it('evidence for a tag the case does not carry', () => {
    const problems = problemsWith((r) => edit(at(r, NANJING), 'evidence:\n', 'evidence:\n  youjiang-piping: { p: 1, quote: "车管所" }\n'));
    expect(problems.join('\n')).toContain('content/cases/nanjing-cheguansuo.mdx: evidence.youjiang-piping: evidence for "youjiang-piping"');
  });

  it('a case file anywhere under cases/ is checked', () => {
    const problems = problemsWith((r) => {
      mkdirSync(at(r, 'cases/more'));
      const text = readFileSync(at(r, NANJING), 'utf8').replace('  - fuwu-rexian\n', '  - nope\n');
      writeFileSync(at(r, 'cases/more/nanjing-copy.mdx'), text);
    });
    expect(problems.join('\n')).toMatch(/content\/cases\/more\/nanjing-copy\.mdx: methods\[2\]: Unknown method "nope"/);
  });

  it('two files with one id, in different folders', () => {
    const problems = problemsWith((r) => {
      mkdirSync(at(r, 'cases/copy'));
      cpSync(at(r, NANJING), at(r, 'cases/copy/nanjing-cheguansuo.mdx'));
    });
    expect(problems.join('\n')).toMatch(/Duplicate case id "nanjing-cheguansuo": content\/cases\/copy\/nanjing-cheguansuo\.mdx and content\/cases\/nanjing-cheguansuo\.mdx/);
  });

  it('a case file that is not UTF-8', () => {
    const problems = problemsWith((r) => writeFileSync(at(r, NANJING), iconv.encode(readFileSync(at(r, NANJING), 'utf8'), 'gb18030')));
    expect(problems).toContain('content/cases/nanjing-cheguansuo.mdx: not UTF-8 text');
  });
});

describe('fidelity to the raw source', () => {
  it('a body word changed without a correction', () => {
    const problems = problemsWith((r) => edit(at(r, NANJING), '流动服务车', '流动服务站'));
    expect(problems.join('\n')).toMatch(/content\/cases\/nanjing-cheguansuo\.mdx: body: paragraph 3 differs from the raw source/);
  });

  it('a correction whose original reading is not in the raw paragraph', () => {
    const problems = problemsWith((r) => edit(at(r, 'cases/hubei-sanwan-huodong.mdx'), 'original: 1·8万', 'original: 1·9万'));
    expect(problems.join('\n')).toContain('content/cases/hubei-sanwan-huodong.mdx: corrections: correction at p3: original reading "1·9万" not found');
  });

  it('a doubt whose words are not in its paragraph', () => {
    const problems = problemsWith((r) => edit(at(r, NANJING), 'text: 流考试车', 'text: 流动考试车'));
    expect(problems.join('\n')).toContain('content/cases/nanjing-cheguansuo.mdx: corrections[1]: p3 doubt “流动考试车” not found in paragraph 3');
  });

  it('a key figure not quoted word for word', () => {
    const problems = problemsWith((r) => edit(at(r, NANJING), 'quote: 满意率达99.17%', 'quote: 满意率达99.2%'));
    expect(problems.join('\n')).toContain('content/cases/nanjing-cheguansuo.mdx: keyFigures[0].quote: “满意率达99.2%”');
  });

  it('a title that is not the raw title line', () => {
    const problems = problemsWith((r) => edit(at(r, NANJING), 'title: 擦亮为民服务的窗口', 'title: 擦亮服务窗口'));
    expect(problems.join('\n')).toContain('content/cases/nanjing-cheguansuo.mdx: title: “擦亮服务窗口——');
  });

  it('two cases claiming the same raw lines', () => {
    const problems = problemsWith((r) => edit(at(r, 'cases/puyang-laoli-rexian.mdx'), 'titleLine: 97', 'titleLine: 93'));
    expect(problems.join('\n')).toContain('content/cases/puyang-laoli-rexian.mdx: source.titleLine: line 93 falls inside lines 83–95 of content/cases/nanjing-cheguansuo.mdx');
  });
});

describe('what ingest writes passes as written (the fourteenth editor’s trial)', () => {
  const raw = '区域化党建再创联系服务群众新优势[1]——上海以区域化党建助推组团式联系服务群众工作';
  it('a title whose raw line closes with a footnote mark, its ——subtitle on the next line', () => {
    expect(isRawTitle('区域化党建再创联系服务群众新优势——上海以区域化党建助推组团式联系服务群众工作', raw)).toBe(true);
    expect(isRawTitle('区域化党建再创联系服务群众新优势[1]——上海以区域化党建助推组团式联系服务群众工作', raw)).toBe(true);
    expect(isRawTitle('区域化党建再创联系服务群众新优势——上海以区域化党建助推联系服务群众工作', raw)).toBe(false);
    // A mark inside a title is a word of it, never dropped.
    expect(isRawTitle('区域化党建再创新优势', '区域化党建[1]再创新优势')).toBe(false);
  });

  it('an editor’s note signed by a letter-spaced 编 者', () => {
    const root = copyContent();
    const text = ['密切联系群众教学案例选编', '', '编 写 说 明', '', '我们选了三个案例，', '供教学讨论使用。', '', '编 者', ''].join('\n');
    writeFileSync(at(root, 'sources/raw/note.txt'), text);
    const sha256 = createHash('sha256').update(text).digest('hex');
    const source = (note: string) => ({ id: 'note', title: '密切联系群众教学案例选编', publication: '中共某某市委党校', type: 'compilation' as const, repost: false, about: '编者收到的 Word 文件。', raw: 'note.txt', sha256, editorNote: { lines: [5, 8] as [number, number], text: note } });
    expect(sourceProblems(source('我们选了三个案例，供教学讨论使用。\n\n编 者'), root)).toEqual([]);
    expect(sourceProblems(source('我们选了两个案例，供教学讨论使用。\n\n编 者'), root)).toEqual(['editorNote.text: differs from raw lines 5–8']);
  });
});

describe('sources and taxonomy', () => {
  it('a raw capture edited after the fact (SHA-256)', () => {
    const problems = problemsWith((r) => appendFileSync(at(r, 'sources/raw/001_73a7e6d4b64e976d.txt'), '\n'));
    expect(problems.join('\n')).toMatch(/content\/sources\/sources\.yaml: gongchandangyuan-wang-2013-05-23\.sha256: 001_73a7e6d4b64e976d\.txt has SHA-256 [0-9a-f]{64}, not the recorded/);
  });

  it('a raw file that is missing', () => {
    const problems = problemsWith((r) => unlinkSync(at(r, 'sources/raw/001_73a7e6d4b64e976d.txt')));
    expect(problems.join('\n')).toContain('content/sources/sources.yaml: gongchandangyuan-wang-2013-05-23.raw: 001_73a7e6d4b64e976d.txt is not in sources/raw/');
    expect(problems.join('\n')).toContain('content/cases/yongshan-qunzhong-gongzuo-tihui.mdx: source.id: “gongchandangyuan-wang-2013-05-23” has no readable raw file');
  });

  it('a duplicate method id', () => {
    const problems = problemsWith((r) => appendFileSync(at(r, 'taxonomy/methods.yaml'), '- id: minqing-riji\n  name: 民情日记二\n  definition: 重复的编号，用来检验检查能否发现。\n  phrase: 记日记\n  questions: [记什么才有用？]\n'));
    expect(problems.join('\n')).toMatch(/content\/taxonomy\/methods\.yaml: \[\d+\] minqing-riji: duplicate id “minqing-riji”/);
  });

  it('one spelling claimed by two methods', () => {
    const problems = problemsWith((r) => edit(at(r, 'taxonomy/methods.yaml'), 'aliases: [网办]', 'aliases: [网办, 民情日记本]'));
    expect(problems.join('\n')).toMatch(/content\/taxonomy\/methods\.yaml: \[\d+\] wangshang-banshi: “民情日记本” is already a name or alias of minqing-riji/);
  });

  it('an id that is both a method and a theme', () => {
    const problems = problemsWith((r) => appendFileSync(at(r, 'taxonomy/themes.yaml'), '- id: minqing-riji\n  name: 民情\n  description: 与方法同号。\n'));
    expect(problems.join('\n')).toMatch(/content\/taxonomy\/themes\.yaml: \[\d+\] minqing-riji: duplicate id “minqing-riji” \(also methods\.yaml minqing-riji\)/);
  });
});

describe('teaching notes', () => {
  const NOTE = 'teaching/nanjing-cheguansuo.yaml';
  it('a quotation not in the paragraph it cites', () => {
    const problems = problemsWith((r) => {
      const text = readFileSync(at(r, NOTE), 'utf8').replace(/points:\n  - text: .*\n/, 'points:\n  - text: 窗口以“群众满意为唯一标准”要求民警。\n');
      writeFileSync(at(r, NOTE), text);
    });
    expect(problems.join('\n')).toMatch(/content\/teaching\/nanjing-cheguansuo\.yaml: points\[0\]: quotation “群众满意为唯一标准” not found in paragraph/);
  });

  it('a cited paragraph that does not exist', () => {
    const problems = problemsWith((r) => {
      const text = readFileSync(at(r, NOTE), 'utf8').replace(/(points:\n  - text: .*\n    paragraphs: )\[[^\]]*\]/, '$1[40]');
      writeFileSync(at(r, NOTE), text);
    });
    expect(problems.join('\n')).toContain('content/teaching/nanjing-cheguansuo.yaml: points[0].paragraphs: paragraph 40 does not exist (the case has 6)');
  });

  it('a case without teaching notes, and notes without a case', () => {
    const problems = problemsWith((r) => {
      cpSync(at(r, NOTE), at(r, 'teaching/no-such-case.yaml'));
      unlinkSync(at(r, NOTE));
    });
    expect(problems).toContain('content/cases/nanjing-cheguansuo.mdx: no teaching notes (teaching/nanjing-cheguansuo.yaml)');
    expect(problems).toContain('content/teaching/no-such-case.yaml: there is no case “no-such-case”');
  });
});

describe('editorial rules (issue 19)', () => {
  it('a year that the body does not state', () => {
    const problems = problemsWith((r) => edit(at(r, 'cases/hubei-sanwan-huodong.mdx'), 'years:\n  - 2011\n', 'years:\n  - 2011\n  - 2012\n'));
    expect(problems).toContain('content/cases/hubei-sanwan-huodong.mdx: years[1]: 2012 does not stand in the body; give only years the text states, or mark it (inferred.years: why)');
  });

  it('an inferred role without its marker', () => {
    const problems = problemsWith((r) => {
      const file = at(r, 'cases/shijingshan-gucheng-si-ge-yixian.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/    roleInferred: .*\n/, ''));
    });
    expect(problems.join('\n')).toContain('content/cases/shijingshan-gucheng-si-ge-yixian.mdx: authors[0].role: “石景山区党代表” is not in the title, author lines or body');
  });

  it('an inferred place without its marker', () => {
    const problems = problemsWith((r) => {
      const file = at(r, 'cases/shijingshan-qunzhong-luxian.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/  region: 正文未写地名.*\n/, ''));
    });
    expect(problems.join('\n')).toContain('content/cases/shijingshan-qunzhong-luxian.mdx: region: “石景山区” or “石景山” does not stand in the title, author lines or body');
  });

  it('a level finer than the place the case names, unexplained', () => {
    const problems = problemsWith((r) => edit(at(r, NANJING), 'level: 市\n', 'level: 乡镇街道\n'));
    expect(problems.join('\n')).toContain('content/cases/nanjing-cheguansuo.mdx: level: 乡镇街道 is finer than the place the case names (市)');
  });

  it('a tag whose evidence quote is not in the cited paragraph', () => {
    const problems = problemsWith((r) => edit(at(r, NANJING), 'fuwu-rexian: { p: 4,', 'fuwu-rexian: { p: 5,'));
    expect(problems).toContain('content/cases/nanjing-cheguansuo.mdx: methods[2] 服务热线: evidence p5 quote “在特服热线工作人员的指导下” not found in paragraph 5');
  });

  it('a tag with no evidence that is not marked proposed', () => {
    const problems = problemsWith((r) => edit(at(r, NANJING), '  fuwu-rexian: { p: 4, quote: "在特服热线工作人员的指导下" }\n', ''));
    expect(problems).toContain('content/cases/nanjing-cheguansuo.mdx: methods[2] 服务热线: no evidence (evidence.fuwu-rexian: { p, quote }) and not marked proposed');
  });

  it('a proposed tag needs no evidence, but a done one does', () => {
    const problems = problemsWith((r) => {
      const file = at(r, 'cases/xingshan-jiguan-dangyuan-diaocha.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/  ganbu-xiafang: \{.*\n/, '').replace(/  kaohe-wenze: \{.*\n/, '').replace('proposed:\n  - quyuhua-dangjian\n  - kaohe-wenze\n', 'proposed:\n  - quyuhua-dangjian\n'));
    });
    expect(problems.join('\n')).not.toMatch(/ganbu-xiafang|干部下访/);
    expect(problems).toContain('content/cases/xingshan-jiguan-dangyuan-diaocha.mdx: methods[1] 考核问责: no evidence (evidence.kaohe-wenze: { p, quote }) and not marked proposed');
  });

  it('a count in a collation note that does not match the reading', () => {
    const problems = problemsWith((r) => edit(at(r, 'cases/baise-nongshi-cunban.mdx'), '此六字', '此五字'));
    expect(problems).toContain('content/cases/baise-nongshi-cunban.mdx: corrections[1].note: p3: note says “此五字” but the reading “臣务群众机制” has 6');
  });

  it('a count of quoted words in a note', () => {
    const problems = problemsWith((r) => edit(at(r, 'cases/xicheng-guangwai-lianhe-dangzhibu.mdx'), '“毛岳”二字不词', '“毛岳”三字不词'));
    expect(problems).toContain('content/cases/xicheng-guangwai-lianhe-dangzhibu.mdx: corrections[3].note: p6: note says “毛岳”三字 but “毛岳” has 2');
  });
});

describe('helpers', () => {
  it('reads Chinese numerals as notes write them', () => {
    expect([chineseNumber('五'), chineseNumber('两'), chineseNumber('十'), chineseNumber('十二'), chineseNumber('二十'), chineseNumber('12'), chineseNumber('类')]).toEqual([5, 2, 10, 12, 20, 12, undefined]);
  });
  it('counts characters, not punctuation', () => {
    expect(countedChars('“一村一站一助理”。')).toBe(7);
    expect(countedChars('4s店')).toBe(3);
  });
  it('short place names', () => {
    expect(placeNames('石景山区')).toEqual(['石景山区', '石景山']);
    expect(placeNames('广西壮族自治区')).toEqual(['广西壮族自治区', '广西']);
    expect(placeNames('城南镇')).toEqual(['城南镇']);
  });
  it('field paths as editors read them', () => {
    expect(fieldPath(['methods', 2])).toBe('methods[2]');
    expect(fieldPath(['source', 'lines', 1])).toBe('source.lines[1]');
  });
});

describe('the command', () => {
  it('exits 1, prints each problem and a summary with counts and time', () => {
    const root = copyContent();
    edit(at(root, NANJING), '流动服务车', '流动服务站');
    const result = runNpmScript('check:content', [root], { encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/cases/nanjing-cheguansuo.mdx: body: paragraph 3 differs');
    expect(result.stdout).toMatch(/check:content: 1 problem in 18 cases, 18 teaching notes, 5 sources, 24 methods, 10 themes \(\d+ ms, of which checks \d+ ms\)/);
  });
});

describe('omissions (a block in the range that is no text of the article)', () => {
  const JIAHE = 'cases/jiahe-silian-sibao.mdx';
  const RAW = 'sources/raw/003_6a8234380931cddb.txt';
  const CAPTION = '图为嘉禾县干部入户走访（资料图片）';
  /** A caption set between the case's second and third paragraphs of the raw capture, the case's range and checksum following. */
  function withCaption(root: string, omission: string | undefined) {
    const lines = readFileSync(at(root, RAW), 'utf8').split('\n');
    lines.splice(11, 0, CAPTION, '  ');
    writeFileSync(at(root, RAW), lines.join('\n'));
    const sha = createHash('sha256').update(readFileSync(at(root, RAW))).digest('hex');
    edit(at(root, 'sources/sources.yaml'), 'sha256: 270cdb109a5797786e0fd24b036d5ccf547aff71190fdb4d12d03651ecd2afa0', `sha256: ${sha}`);
    edit(at(root, JIAHE), '    - 8\n    - 20\n', `    - 8\n    - 22\n${omission === undefined ? '' : `corrections:\n  - ${omission}\n`}`);
  }
  const jiahe = (problems: string[]) => problems.filter((p) => p.includes(JIAHE) || p.includes('sources.yaml'));

  it('a caption recorded verbatim where it stood passes, the paragraphs numbered as before', () => {
    expect(jiahe(problemsWith((r) => withCaption(r, `{ type: omit, p: 2, text: ["${CAPTION}"], role: 图片说明 }`)))).toEqual([]);
  });

  it('an omission whose text is not the raw block it names, naming the file and the entry', () => {
    const problems = problemsWith((r) => withCaption(r, '{ type: omit, p: 2, text: ["图为嘉禾县干部入户走访"], role: 图片说明 }'));
    expect(jiahe(problems)).toEqual([
      'content/cases/jiahe-silian-sibao.mdx: corrections[0]: the omitted text “图为嘉禾县干部入户走访” is not the raw paragraph after p2: only a whole raw block can be omitted, copied verbatim from the raw source and anchored where it stands',
    ]);
  });

  it('an omission anchored where the block does not stand', () => {
    const problems = problemsWith((r) => withCaption(r, `{ type: omit, p: 3, text: ["${CAPTION}"], role: 图片说明 }`));
    expect(jiahe(problems).join('\n')).toContain('content/cases/jiahe-silian-sibao.mdx: corrections[0]: the omitted text “图为嘉禾县干部入户走访（资料图片）” is not the raw paragraph after p3');
  });

  it('an omission taken out: the check says the line is back in the text', () => {
    const problems = problemsWith((r) => withCaption(r, undefined));
    expect(jiahe(problems).join('\n')).toMatch(
      /content\/cases\/jiahe-silian-sibao\.mdx: body: paragraph 3 differs .* reads “图为嘉禾县干部入户走访（资料图片）”; the body lacks that raw paragraph: put it back in the text, or, .* record it as an omission \(type: omit/,
    );
  });
});
