/**
 * The editors' workflow on a copy of the fixture library: removing cases,
 * adding a case from a new Word compilation (title and ——subtitle on two raw
 * lines, a 案例一： marker, a month-only date) and replacing one (the raw text
 * re-laid, the line numbers moved). check:content passes after each, or names
 * exactly what still refers to a removed case; and it catches a broken
 * practices reference and an unknown source field by file and field.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { checkContent, rawTitle } from '../../src/lib/node/content-checks.ts';
import { copyFixtureLibrary, FIXTURE_LIBRARY } from '../fixture-library.ts';

const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

const copyLibrary = () => copyFixtureLibrary('library-changes-', temps);

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Five cases of three sources, two of them from compilation 004. */
const REMOVED = ['nanjing-cheguansuo', 'puyang-laoli-rexian', 'baise-nongshi-cunban', 'yongshan-qunzhong-gongzuo-tihui', 'xingshan-jiguan-dangyuan-diaocha'];

function removeCases(root: string, ids: readonly string[]) {
  for (const id of ids) {
    unlinkSync(path.join(root, 'cases', `${id}.mdx`));
    unlinkSync(path.join(root, 'teaching', `${id}.yaml`));
  }
}

/** What an editor does to practices.yaml after removing cases: drop the ids, and a practice left with none. */
function dropFromPractices(root: string, ids: readonly string[]) {
  const file = path.join(root, 'taxonomy', 'practices.yaml');
  const doc = parseDocument(readFileSync(file, 'utf8'));
  const gone = new Set(ids);
  const list = doc.contents as unknown as { items: Array<{ toJSON(): { cases: string[]; definition?: { case: string } }; set(k: string, v: unknown): void; delete(k: string): void }> };
  list.items = list.items.filter((item) => {
    const p = item.toJSON();
    const kept = p.cases.filter((c) => !gone.has(c));
    if (kept.length === 0) return false;
    if (kept.length < p.cases.length) item.set('cases', doc.createNode(kept));
    if (p.definition && gone.has(p.definition.case)) item.delete('definition');
    return true;
  });
  writeFileSync(file, doc.toString());
}

// A new source as a Word compilation delivers it: header, a month-only date,
// 案例一： before the title, the ——subtitle on its own line.
const RAW = ['基层联系服务群众经验选编', '2013年10月', '', '案例一：群众事情有人管', '——永善县开通便民服务热线', '', '永善县开通便民服务热线，群众来电有人接、有事有人办。', '', '2012年，热线共受理群众来电3000余件。', ''];

const CASE = (titleLine: number, lines: [number, number]) => `---
title: 群众事情有人管
subtitle: 永善县开通便民服务热线
kind: 经验案例
level: 县区
region:
  code: "530625"
years:
  - 2012
methods:
  - fuwu-rexian
themes:
  - zhengwu-fuwu
evidence:
  fuwu-rexian: { p: 1, quote: "开通便民服务热线" }
  zhengwu-fuwu: { p: 1, quote: "群众来电有人接、有事有人办" }
source:
  id: jiceng-jingyan-xuanbian-2013
  titleLine: ${titleLine}
  lines: [${lines[0]}, ${lines[1]}]
summary: 永善县开通便民服务热线，群众来电有人接、有事有人办。
---

永善县开通便民服务热线，群众来电有人接、有事有人办。

2012年，热线共受理群众来电3000余件。
`;

const NOTES = `purpose: 讨论县一级怎样用一条热线让“群众来电有人接、有事有人办”。
questions:
  - text: 热线怎样做到“有事有人办”？
    paragraphs: [1]
  - text: 一年受理群众来电3000余件说明了什么？
    paragraphs: [2]
  - text: 你所在单位的服务电话由谁接听？
    paragraphs: [1, 2]
points:
  - text: 开通便民服务热线，群众来电有人接。
    paragraphs: [1]
  - text: “有事有人办”：接听之后有人办理。
    paragraphs: [1]
  - text: 2012年受理群众来电3000余件。
    paragraphs: [2]
`;

function addCase(root: string, raw = RAW, titleLine = 4, lines: [number, number] = [7, 9]) {
  const text = raw.join('\n');
  writeFileSync(path.join(root, 'sources', 'raw', 'jiceng-jingyan-xuanbian-2013.txt'), text);
  appendFileSync(
    path.join(root, 'sources', 'sources.yaml'),
    `\n- id: jiceng-jingyan-xuanbian-2013\n  title: 基层联系服务群众经验选编\n  publication: 基层联系服务群众经验选编\n  type: compilation\n  medium: word\n  date: 2013-10\n  raw: jiceng-jingyan-xuanbian-2013.txt\n  sha256: ${sha256(text)}\n  about: 编者收到的 Word 汇编。\n`,
  );
  writeFileSync(path.join(root, 'cases', 'yongshan-bianmin-rexian.mdx'), CASE(titleLine, lines));
  writeFileSync(path.join(root, 'teaching', 'yongshan-bianmin-rexian.yaml'), NOTES);
}

describe('removing cases', () => {
  const PRACTICE_REF = /^content\/taxonomy\/practices\.yaml: \[\d+\] [\w-]+\.(cases\[\d+\]|definition\.case): unknown case id "([\w-]+)"; remove it .*or restore the case$/;
  // A method's alias that only the removed cases wrote now stands in no text:
  // the alias rule (evidence-checks.ts) names it, as it would for any alias.
  const LONE_ALIAS = /^content\/taxonomy\/methods\.yaml: \[(\d+)\] ([\w-]+): aliases “(.+)” stands in no case text; spell it as printed or remove it; or answer why it stays \(spellingNotes\.\3: …\)$/;

  /** The fixture's text of the removed cases, read before they go. */
  const removedText = () => REMOVED.map((id) => readFileSync(path.join(FIXTURE_LIBRARY, 'cases', `${id}.mdx`), 'utf8')).join('\n');

  it('check:content names exactly what still refers to a removed case: practices by file, field and id, and aliases only their text wrote', () => {
    const root = copyLibrary();
    removeCases(root, REMOVED);
    const problems = checkContent(root).problems;
    const practiceRefs = problems.filter((p) => PRACTICE_REF.test(p));
    const aliases = problems.filter((p) => LONE_ALIAS.test(p));
    expect(problems.filter((p) => !PRACTICE_REF.test(p) && !LONE_ALIAS.test(p))).toEqual([]);
    const named = new Set(practiceRefs.map((p) => /unknown case id "([\w-]+)"/.exec(p)![1]));
    expect([...named].sort()).toEqual(['baise-nongshi-cunban', 'nanjing-cheguansuo', 'puyang-laoli-rexian', 'xingshan-jiguan-dangyuan-diaocha']);
    expect(problems).toContain('content/taxonomy/practices.yaml: [15] wangshang-cheguansuo.cases[0]: unknown case id "nanjing-cheguansuo"; remove it (a practice whose last case is gone goes too) or restore the case');
    // Each alias named was written by a removed case (the fixture library passes as it stands).
    const gone = removedText();
    expect(aliases.length).toBeGreaterThan(0);
    for (const p of aliases) expect(gone).toContain(LONE_ALIAS.exec(p)![3]);
  });

  it('passes once the practices no longer name them and each alias left in no text is removed or answered', () => {
    const root = copyLibrary();
    removeCases(root, REMOVED);
    dropFromPractices(root, REMOVED);
    const lone = checkContent(root).problems.map((p) => LONE_ALIAS.exec(p));
    expect(lone.every(Boolean)).toBe(true);
    // The editor's two fixes: the first alias removed, the others kept with a note.
    const file = path.join(root, 'taxonomy', 'methods.yaml');
    const doc = parseDocument(readFileSync(file, 'utf8'));
    lone.forEach((m, k) => {
      const [, index, , alias] = m!;
      if (k === 0) {
        const aliases = doc.getIn([Number(index), 'aliases']) as { items: Array<{ value: string }> };
        aliases.items = aliases.items.filter((a) => a.value !== alias);
      } else doc.setIn([Number(index), 'spellingNotes', alias], '编者：原文已移出本库，留待后收的案例。');
    });
    writeFileSync(file, doc.toString());
    const report = checkContent(root);
    expect(report.problems).toEqual([]);
    expect(report.counts.cases).toBe(13);
  });
});

describe('adding and replacing a case', () => {
  it('a case from a Word compilation with its title and ——subtitle on two raw lines and a 案例一： marker passes as the raw text stands', () => {
    const root = copyLibrary();
    addCase(root);
    expect(checkContent(root).problems).toEqual([]);
  });

  it('keeping the marker in the title, or dropping the subtitle, fails naming both raw lines', () => {
    const root = copyLibrary();
    addCase(root);
    const file = path.join(root, 'cases', 'yongshan-bianmin-rexian.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: 群众事情有人管', 'title: 案例一：群众事情有人管'));
    expect(checkContent(root).problems).toContain(
      'content/cases/yongshan-bianmin-rexian.mdx: title: “案例一：群众事情有人管——永善县开通便民服务热线” is not raw lines 4–5 (“群众事情有人管——永善县开通便民服务热线”); ' +
        'copy the title from that line without its heading marker (案例一：, 一、, # ), the part after —— as subtitle, or correct source.titleLine',
    );
  });

  it('a body that starts on the subtitle line is refused', () => {
    const root = copyLibrary();
    addCase(root, RAW, 4, [5, 9]);
    expect(checkContent(root).problems.join('\n')).toContain('content/cases/yongshan-bianmin-rexian.mdx: source.lines: the body starts at line 5, not after the title (line 5); start it below the title');
  });

  it('replacing a case: the raw text re-laid (new SHA-256, lines moved) and the case pointed at its new lines passes', () => {
    const root = copyLibrary();
    addCase(root);
    // A cleaner witness: no marker, the title on one line, the body two lines up.
    const relaid = ['基层联系服务群众经验选编', '2013年10月', '群众事情有人管——永善县开通便民服务热线', '', '永善县开通便民服务热线，群众来电有人接、有事有人办。', '', '2012年，热线共受理群众来电3000余件。'];
    const sources = path.join(root, 'sources', 'sources.yaml');
    const text = relaid.join('\n');
    writeFileSync(path.join(root, 'sources', 'raw', 'jiceng-jingyan-xuanbian-2013.txt'), text);
    writeFileSync(sources, readFileSync(sources, 'utf8').replace(/sha256: [0-9a-f]{64}\n  about: 编者收到的 Word 汇编。/, `sha256: ${sha256(text)}\n  about: 编者收到的 Word 汇编。`));
    const file = path.join(root, 'cases', 'yongshan-bianmin-rexian.mdx');
    // Stale line numbers are caught first…
    expect(checkContent(root).problems.join('\n')).toMatch(/yongshan-bianmin-rexian\.mdx: (title|body|source)/);
    // …and the case re-pointed passes.
    writeFileSync(file, CASE(3, [5, 7]));
    expect(checkContent(root).problems).toEqual([]);
  });
});

describe('sources and practices, by file and field', () => {
  it('an unknown source field (year:) fails, naming the entry, the field and the fields a source takes', () => {
    const root = copyLibrary();
    const file = path.join(root, 'sources', 'sources.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('- id: gongchandangyuan-wang-2013-05-23\n', '- id: gongchandangyuan-wang-2013-05-23\n  year: 2013\n'));
    const problems = checkContent(root).problems;
    expect(problems.join('\n')).toMatch(/^content\/sources\/sources\.yaml: \[\d+\] gongchandangyuan-wang-2013-05-23\.year: unknown field “year”; remove it or use one of the fields this entry takes \(id, title, publication, type, medium, date, .*about\)$/m);
  });

  it('an unknown field in a method, a theme or a practice fails too, naming the file, the entry and the fields it takes', () => {
    const root = copyLibrary();
    for (const rel of ['taxonomy/methods.yaml', 'taxonomy/themes.yaml', 'taxonomy/practices.yaml']) {
      const file = path.join(root, rel);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^(- id: [\w-]+\n)/m, '$1  year: 2013\n'));
    }
    const problems = checkContent(root).problems.join('\n');
    expect(problems).toMatch(/^content\/taxonomy\/methods\.yaml: \[0\] [\w-]+\.year: unknown field “year”; remove it or use one of the fields this entry takes \(id, name, aliases, spellingNotes, definition, phrase, questions\)$/m);
    expect(problems).toMatch(/^content\/taxonomy\/themes\.yaml: \[0\] [\w-]+\.year: unknown field “year”; remove it or use one of the fields this entry takes \(id, name, description, questions\)$/m);
    expect(problems).toMatch(/^content\/taxonomy\/practices\.yaml: \[0\] [\w-]+\.year: unknown field “year”; remove it or use one of the fields this entry takes \(id, name, spellings, cases, methods, basis, spellingNotes, definition\)$/m);
  });

  it('a date not written YYYY, YYYY-MM or YYYY-MM-DD (2013年10月 as printed) fails by field', () => {
    const root = copyLibrary();
    addCase(root);
    const file = path.join(root, 'sources', 'sources.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  date: 2013-10\n', '  date: 2013年10月\n'));
    expect(checkContent(root).problems.join('\n')).toContain('content/sources/sources.yaml: [5] jiceng-jingyan-xuanbian-2013.date: a date is YYYY, YYYY-MM or YYYY-MM-DD');
  });

  it('a practice naming a method that does not exist, and one quoting words its case lacks', () => {
    const root = copyLibrary();
    const file = path.join(root, 'taxonomy', 'practices.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  methods: [ganbu-lianxi-jiceng]\n', '  methods: [no-such-method]\n').replace('{ p: 3, text: 全面推行驻区单位', '{ p: 2, text: 全面推行驻区单位'));
    const problems = checkContent(root).problems;
    expect(problems).toContain('content/taxonomy/practices.yaml: [1] silian-sibao.methods[0]: unknown method id "no-such-method"; remove it (a practice whose last case is gone goes too) or restore the method');
    expect(problems.join('\n')).toMatch(/content\/taxonomy\/practices\.yaml: \[\d+\] shuang-baodao\.definition\.quotes\[0\]\.text: “全面推行驻区单位.*” is not in paragraph 2 of case "shanghai-quyuhua-dangjian"/);
  });
});

describe('method mentions, as the build checks them', () => {
  it('an untagged method named in the body and not listed as passing, and a passing paragraph that does not name it', () => {
    const root = copyLibrary();
    const file = path.join(root, 'cases', 'jiahe-silian-sibao.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('passing:\n  ganbu-xiafang: [4]\n', 'passing:\n  ganbu-xiafang: [2]\n'));
    const problems = checkContent(root).problems.filter((p) => p.startsWith('content/cases/jiahe-silian-sibao.mdx'));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^content\/cases\/jiahe-silian-sibao\.mdx: body: p4 names the method “[^”]+” \(ganbu-xiafang\) as “[^”]+”, but the case neither tags it \(methods\) nor lists it as a passing mention \(passing\.ganbu-xiafang: \[4\]\)$/);
    expect(problems[1]).toBe('content/cases/jiahe-silian-sibao.mdx: passing.ganbu-xiafang lists p2, which does not name that method');
  });
});

describe('rawTitle', () => {
  it('drops heading markers and joins a ——subtitle line, but not a body line', () => {
    expect(rawTitle(['一、标题', '', '——副题'], 1)).toEqual({ title: '标题——副题', lines: [1, 3] });
    expect(rawTitle(['# 标题——副题', '——另一行'], 1)).toEqual({ title: '标题——副题', lines: [1] });
    expect(rawTitle(['案例二：标题', '正文第一段。'], 1)).toEqual({ title: '标题', lines: [1] });
    expect(rawTitle(['标题'], 2)).toBeUndefined();
  });
});
