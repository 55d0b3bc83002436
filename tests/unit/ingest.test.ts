/**
 * Ingest: the five seeds become the 18 curated cases' drafts; encodings, HTML
 * and hostile input; and the command's refusals (empty, binary, huge,
 * unreadable, overwrite) with no partial output.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, truncateSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { compile, evaluate } from '@mdx-js/mdx';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { analyseDocument, parseAuthorLine, resolvePlace, type Vocabulary } from '../../src/lib/ingest/document.ts';
import { decodeDocument, DecodeError } from '../../src/lib/ingest/decode.ts';
import { readInput } from '../../src/lib/ingest/read/index.ts';
import { listCaseFiles } from '../../src/lib/node/case-files.ts';
import { renderDraft } from '../../src/lib/ingest/draft.ts';
import { parseCaseSource } from '../../src/lib/case-mdx.ts';
import { readCaseFile } from '../../src/lib/node/case-files.ts';
import { loadRegionIndex } from '../../src/lib/node/region-index.ts';
import { readMethodMentions, readThemes } from '../../src/lib/node/taxonomy.ts';
import { caseRemarkPlugins } from '../../src/plugins/index.ts';
import { FIXTURE_LIBRARY, fixture } from '../fixture-library.ts';
import { runIngestInProcess } from '../ingest-in-process.ts';

const SEEDS = fixture('sources/raw');
const regions = loadRegionIndex();
const vocab: Vocabulary = {
  methods: readMethodMentions(FIXTURE_LIBRARY),
  themes: readThemes(FIXTURE_LIBRARY).map((t) => ({ ...t, keywords: [t.name] })),
  regions,
};
const seed = (name: string) => readFileSync(path.join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith(name))!));
const analyse = (bytes: Uint8Array, label = 'x') => analyseDocument(decodeDocument(bytes, label).text, vocab);

const curated = listCaseFiles(fixture('cases')).map((f) => {
  const fm = readCaseFile(fixture(`cases/${f}`)).frontmatter as {
    title: string;
    subtitle?: string;
    authors?: Array<{ name: string }>;
    region: { code: string };
    source: { id: string; lines: [number, number]; titleLine: number };
    corrections?: Array<{ type: string }>;
  };
  return { id: path.basename(f).replace(/\.mdx$/, ''), ...fm };
});

describe('the five seeds', () => {
  const drafts = ['000', '001', '002', '003', '004'].flatMap((n) => analyse(seed(n), n).drafts.map((d) => ({ seed: n, d })));

  it('make exactly 18 drafts', () => {
    expect(drafts).toHaveLength(18);
  });

  it.each(curated.map((c) => [c.id, c] as const))('%s: title, subtitle, authors, region and line range match the curated case', (_id, c) => {
    const found = drafts.find(({ d }) => d.title === c.title);
    expect(found, c.title).toBeDefined();
    const d = found!.d;
    expect(d.subtitle).toBe(c.subtitle);
    expect(d.authors.map((a) => a.name)).toEqual((c.authors ?? []).map((a) => a.name));
    expect(d.region?.code).toBe(c.region.code);
    expect(d.titleLine).toBe(c.source.titleLine);
    expect(d.lines).toEqual(c.source.lines);
    // Every false break the editors rejoined, the tool rejoined too.
    expect(d.corrections.filter((x) => x.type === 'join')).toHaveLength((c.corrections ?? []).filter((x) => x.type === 'join').length);
  });

  it('keep each 【点评】 with its case and drop the page chrome', () => {
    for (const { seed: n, d } of drafts) {
      const text = d.raw.join('\n');
      if (n === '004') expect(d.raw.filter((p) => p === '【点评】')).toHaveLength(1);
      expect(text).not.toMatch(/打印|纠错|扫一扫|阅读下一篇|本文链接|责编|热门评论|返回.*首页/);
    }
  });

  it('flag the Shanghai lacuna and the OCR slips, never correcting them', () => {
    const flagsOf = (title: string) => drafts.find(({ d }) => d.title === title)!.d.flags.join('\n');
    expect(flagsOf('区域化党建再创联系服务群众新优势')).toMatch(/脱文.*长宁做法基础上/);
    expect(flagsOf('干部俯身帮群众群众直面评干部')).toMatch(/4·2万/);
    expect(flagsOf('一名党员联十户你有困难我服务')).toMatch(/l\+10/);
    expect(flagsOf('把政府的“好心”办成群众满意的“好事”')).toMatch(/人户/);
    expect(drafts.find(({ d }) => d.title === '干部俯身帮群众群众直面评干部')!.d.raw.join('')).toContain('4·2万');
    expect(flagsOf('一名党员联十户你有困难我服务')).toMatch(/原文未署作者/);
  });

  it('keep the source metadata the page states', () => {
    const doc = analyse(seed('003'));
    expect(doc.meta).toMatchObject({ publication: '红网', date: '2013-11-18', url: 'https://xc.rednet.cn/content/2013/11/18/4553425.html', author: '孙佑民' });
    expect(analyse(seed('001')).meta).toMatchObject({ publication: '共产党员网', date: '2013-05-23', time: '17:54' });
    expect(analyse(seed('000')).editorNote).toMatch(/^今年6月份以来/);
  });

  it('suggest methods with the phrase that triggered them', () => {
    const raoyang = drafts.find(({ d }) => d.title === '一名党员联十户你有困难我服务')!.d;
    expect(raoyang.methods.find((m) => m.id === 'dangyuan-lianxihu')?.trigger).toMatch(/1\+10|党员联系户/);
  });

  it('a draft from each seed compiles in the real MDX pipeline', async () => {
    for (const n of ['000', '001', '002', '003', '004']) {
      const d = analyse(seed(n)).drafts[0]!;
      const mdx = renderDraft(d, `source-${n}`);
      const parsed = parseCaseSource(mdx, n);
      const fm = parsed.frontmatter as { corrections?: unknown[] };
      const body = mdx.slice(mdx.indexOf('\n---\n', 4) + 5);
      const compiled = await compile({ value: body, data: { astro: { frontmatter: fm } } }, { remarkPlugins: caseRemarkPlugins() });
      expect(String(compiled.value)).toContain('export default function MDXContent');
    }
  });
});

describe('encodings', () => {
  const original = analyse(seed('001')).drafts;
  const text = seed('001').toString('utf8');
  it.each([
    ['GB18030', iconv.encode(text, 'gb18030'), 'gb18030'],
    // GBK has no no-break space; the capture's one becomes a plain space in this copy.
    ['GBK', iconv.encode(text.replace(/\u00a0/g, ' '), 'gbk'), 'gb18030', text.replace(/\u00a0/g, ' ')],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]), 'utf-16le'],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]), 'utf-16be'],
    ['UTF-16 LE without BOM', iconv.encode(text, 'utf-16le'), 'utf-16le'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'utf-8-bom'],
    ['UTF-8 with CRLF', Buffer.from(text.replace(/\n/g, '\r\n')), 'utf-8'],
  ])('%s is detected and gives the same draft', (_label, bytes, encoding, same?: string) => {
    expect(decodeDocument(bytes, 'x').encoding).toBe(encoding);
    expect(analyse(bytes).drafts).toEqual(same === undefined ? original : analyse(Buffer.from(same)).drafts);
  });

  it('refuses empty and binary files, naming them', () => {
    expect(() => decodeDocument(new Uint8Array(), 'a.txt')).toThrow(new DecodeError('a.txt: empty file'));
    const binary = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    expect(() => decodeDocument(binary, 'b.txt')).toThrow(/b\.txt: looks like a binary file/);
  });
});

describe('HTML input', () => {
  const html = `<!doctype html><html><head><title>用机制保障党群干群关系互动交融_红网</title>
    <meta property="og:url" content="https://example.org/a.html"><meta name="author" content="孙佑民">
    <script>var tracking = 1;</script><style>p{}</style></head>
    <body><nav><a href="/">首页</a> | <a>新闻</a></nav>
    <h1>用机制保障党群干群关系互动交融</h1><p>来源:红网 作者:孙佑民 编辑:闵美颖 2013-11-18 14:56:58</p>
    <p>湖南省嘉禾县自群众路线教育实践活动开展以来，创新群众工作方法。</p>
    <p>1、以群众工作为中心常态化。把老百姓放在心上而不是口头上是拉近党群干群关系的关键。</p>
    <div class="share">分享到：微信扫一扫</div><footer>版权所有 © 红网 湘ICP备12345号</footer></body></html>`;
  it('keeps the article, drops scripts and chrome, and reads the head', async () => {
    const { text, meta, headings } = await readInput('a.html', Buffer.from(html));
    expect(meta.url).toBe('https://example.org/a.html');
    expect(text).not.toMatch(/tracking|版权所有/);
    const doc = analyseDocument(text, vocab, meta, { headings });
    expect(doc.drafts[0]!.raw.join('\n')).not.toMatch(/tracking|版权所有|首页/);
    expect(doc.drafts).toHaveLength(1);
    expect(doc.drafts[0]!.title).toBe('用机制保障党群干群关系互动交融');
    expect(doc.drafts[0]!.authors).toEqual([{ name: '孙佑民' }]);
    expect(doc.drafts[0]!.region?.code).toBe('431024');
    expect(doc.drafts[0]!.raw).toHaveLength(2);
  });
});

describe('hostile input', () => {
  const lines = [
    '测试标题',
    '',
    '张三',
    '',
    '群众说{alert(1)}不行，<script>alert("x")</script>也不行。',
    '',
    "import fs from 'node:fs'，这是原文的一句话。",
    '',
    'export const x = 1，这也是原文。',
    '',
    '<Commentary />组件和`反引号`与{{7*7}}都只是文字。',
  ];
  it('writes MDX whose text reads back exactly, with nothing executable', async () => {
    const doc = analyseDocument(lines.join('\n'), vocab);
    const d = doc.drafts[0]!;
    const mdx = renderDraft(d, 'source-x');
    const parsed = parseCaseSource(mdx, 'hostile');
    expect(parsed.blockTypes.every((t) => t === 'paragraph' || t === 'heading')).toBe(true);
    expect(parsed.blocks.join('\n')).toContain('群众说{alert(1)}不行，<script>alert("x")</script>也不行。');
    const body = mdx.slice(mdx.indexOf('\n---\n', 4) + 5);
    expect(String(await compile(body))).not.toMatch(/^\s*import fs/m);
    // Run the compiled MDX with a recording JSX runtime: it must only ever produce text.
    const alert = vi.fn();
    vi.stubGlobal('alert', alert);
    const texts: string[] = [];
    const collect = (node: unknown): void => {
      if (typeof node === 'string') texts.push(node);
      else if (Array.isArray(node)) node.forEach(collect);
      else if (node && typeof node === 'object' && 'props' in node) collect((node as { props: { children?: unknown } }).props.children);
    };
    const jsx = (type: unknown, props: Record<string, unknown>) => ({ type, props });
    const { default: Content } = await evaluate(body, { Fragment: 'fragment', jsx, jsxs: jsx } as never);
    collect(Content({}));
    vi.unstubAllGlobals();
    expect(alert).not.toHaveBeenCalled();
    expect(texts.join('')).toContain('群众说{alert(1)}不行，<script>alert("x")</script>也不行。');
    expect(texts.join('')).toContain("import fs from 'node:fs'");
  });
});

describe('place and author heuristics', () => {
  it('reads authors with roles and names spaced inside', () => {
    expect(parseAuthorLine('永善县政府办党总支书记 肖文杰')).toEqual([{ name: '肖文杰', role: '永善县政府办党总支书记' }]);
    expect(parseAuthorLine('湖北省兴山县委县直机关工委  徐 平 王书银')).toEqual([
      { name: '徐平', role: '湖北省兴山县委县直机关工委' },
      { name: '王书银', role: '湖北省兴山县委县直机关工委' },
    ]);
    expect(parseAuthorLine('这是一句正文，不是作者。')).toBeUndefined();
  });
  it('takes a post or a role word for the role, never for a name, and reads the byline forms of papers and WeChat', () => {
    expect(parseAuthorLine('宣传部长 孙佑民')).toEqual([{ name: '孙佑民', role: '宣传部长' }]);
    expect(parseAuthorLine('（作者系中共嘉禾县委常委、宣传部长 孙佑民）')).toEqual([{ name: '孙佑民', role: '中共嘉禾县委常委宣传部长' }]);
    expect(parseAuthorLine('本报记者 苏晓梅')).toEqual([{ name: '苏晓梅', role: '本报记者' }]);
    expect(parseAuthorLine('记者 苏晓梅')).toEqual([{ name: '苏晓梅', role: '记者' }]);
    expect(parseAuthorLine('文丨周建华')).toEqual([{ name: '周建华' }]);
    expect(parseAuthorLine('作者：孙佑民')).toEqual([{ name: '孙佑民' }]);
    expect(parseAuthorLine('通讯员')).toBeUndefined();
    expect(parseAuthorLine('中共营山县城南镇委员会')).toBeUndefined();
  });
  it('resolves 永善县 to 530625 and prefers a supported chain', () => {
    expect(resolvePlace('永善县政府办', regions)?.code).toBe('530625');
    expect(resolvePlace('湖南衡阳市石鼓区松木乡', regions)?.code).toBe('430407');
    expect(resolvePlace('广东东莞市', regions)?.code).toBe('4419');
    expect(resolvePlace('没有地名的句子', regions)).toBeUndefined();
  });
  // #23: a county whose full name has two characters (祁县, 南县, 沛县, 萧县, 随县) is a place where the text names it as
  // one — opening the text or a clause, after 在/到/赴…, before its own organ — as a word of its own; never the two
  // characters inside other words (湖南|县城, 适应|县直机关) nor where the sentence only runs through them (省市和县三级).
  it('resolves a two-character county where the text names it as a place, and never inside other words', () => {
    expect(resolvePlace('近年来，祁县在全县推行“民情日记”', regions)?.code).toBe('140727');
    expect(resolvePlace('南县县委书记走进田间地头', regions)?.code).toBe('430921');
    expect(resolvePlace('干部们在南县调研', regions)?.code).toBe('430921');
    expect(resolvePlace('沛县推行党员联系户制度', regions)?.code).toBe('320322');
    expect(resolvePlace('萧县：干部下访解民忧', regions)?.code).toBe('341322');
    expect(resolvePlace('中共随县县委组织部', regions)?.code).toBe('421321');
    expect(resolvePlace('嘉禾县推行“四联四包”', regions)?.code).toBe('431024');
    expect(resolvePlace('湖南县城的变化日新月异', regions)?.code).toBe('43');
    expect(resolvePlace('干部要适应县直机关的工作节奏', regions)).toBeUndefined();
    expect(resolvePlace('建立省市和县三级联动机制', regions)).toBeUndefined();
    expect(resolvePlace('嘉禾公司推出新产品', regions)).toBeUndefined();
    expect(resolvePlace('一家名为嘉禾的企业', regions)).toBeUndefined();
    // A district's two characters (东区, 城区) name a part of any city: 攀枝花's 东区 only with its city.
    expect(resolvePlace('中山网 东区新闻', regions)).toBeUndefined();
    expect(resolvePlace('攀枝花市东区', regions)?.code).toBe('510402');
  });
});

describe('what places a text, and a headline as printed', () => {
  const one = (text: string) => analyseDocument(text, vocab).drafts[0]!;
  it('a post in a locality\'s organ places the text; a university in an affiliation does not', () => {
    const body = '\n\n这是一篇谈扩大内需的文章，全文不提任何地方。\n\n内需是经济的基本盘，要靠政策助力。\n';
    const scholar = one(`坚定实施扩大内需战略\n\n方敏北京大学经济学院教授${body}`);
    expect(scholar.authors).toEqual([{ name: '方敏', role: '北京大学经济学院教授' }]);
    expect(scholar.region).toBeUndefined();
    expect(one(`做群众工作的几点体会\n\n永善县政府办党总支书记 肖文杰${body}`).region?.code).toBe('530625');
  });
  it('where the title names no place, the opening names it by a province\'s short name too', () => {
    expect(one('我院举办中药、药学理论知识与专业技能大赛\n\n10月30日，湖南举办全省医院药学技能大赛，我院派员参赛。\n\n比赛由药剂科主任主持。\n').region?.code).toBe('43');
    // A city's short name is no place in running text (安康 is also a word).
    expect(resolvePlace('祝大家平安康健', regions, 'province')).toBeUndefined();
  });
  it('an opening naming a county of two characters places the draft (#23)', () => {
    const body = '坚持把联系服务群众作为基层党建的基础工作，在全县推行“四联四包”工作机制。\n\n全县党员干部参与，群众满意率明显提高。\n';
    expect(one(`“四联四包”密切党群关系\n\n近年来，祁县${body}`).region?.code).toBe('140727');
    expect(one(`“四联四包”密切党群关系\n\n近年来，湖南县城${body}`).region?.code).toBe('43');
  });
  // The team's rule (set 11's 今日头条 page: 北京市 from 目的地是北京首都国际机场): a place that is the first part of an
  // institution's or facility's name (…大学, …医院, …机场) names the institution, not where the article is.
  it('a place that opens an institution\'s or facility\'s name is not the article\'s place', () => {
    expect(one('我院举办中药、药学理论知识与专业技能大赛\n\n10月30日，我院举办技能大赛，邀请湖南中医药大学附属第一医院主任药师担任评委。\n\n比赛由药剂科主任主持。\n').region).toBeUndefined();
    expect(resolvePlace('邀请湖南中医药大学附属第一医院主任药师担任评委', regions, 'province')).toBeUndefined();
    expect(resolvePlace('航班的目的地是北京首都国际机场', regions, 'province')).toBeUndefined();
    expect(resolvePlace('他在南京大学读书', regions, true)).toBeUndefined();
    // Where the name goes on as words of the sentence, not of the institution's name, the place is the text's.
    expect(resolvePlace('航班从北京起飞，降落在机场', regions, 'province')?.code).toBe('11');
    expect(resolvePlace('他在北京的大学读书', regions, 'province')?.code).toBe('11');
    expect(resolvePlace('永善县政府办', regions)?.code).toBe('530625');
  });
  it('keeps a headline\'s ASCII marks over full-width text, and repairs them with the text where the capture made all marks ASCII', () => {
    expect(one('国务院联防联控机制:湖北和武汉要严格管控防输出\n\n会议强调，湖北和武汉要严格管控，防止输出。会议还指出，要做好保障。\n').title).toBe('国务院联防联控机制:湖北和武汉要严格管控防输出');
    expect(one('党代表工作室:党员群众的“连心室”\n\n2012年2月25日,退伍军人黄坚毅来到市直机关党代表工作室,赠送了一面锦旗。他说:“谢谢。”\n').title).toBe('党代表工作室：党员群众的“连心室”');
  });
});

describe('a compilation that states each case\'s source', () => {
  const text = [
    '基层治理案例汇编',
    '',
    '【案例一】浙江枫桥经验的新发展',
    '（来源：人民网 2019年5月3日）',
    '枫桥镇坚持矛盾不上交。调解委员会覆盖所有村庄。',
    '',
    '【案例二】上海垃圾分类',
    '（来源：新华网 2019年7月1日）',
    '上海市实施强制垃圾分类。市民分类准确率显著提高。',
    '',
    '【案例三】成都社区营造',
    '成都推动社区营造。居民议事会定期召开。',
  ].join('\n');

  it('gives each draft its own source, and one without its own the compilation\'s (none here)', () => {
    const doc = analyseDocument(text, vocab);
    expect(doc.drafts.map((d) => d.title)).toEqual(['浙江枫桥经验的新发展', '上海垃圾分类', '成都社区营造']);
    const stated = doc.drafts.map((d) => /# 来源（原文所载，供 content\/sources\/sources\.yaml）：(.*)/.exec(renderDraft(d, 'source-x', doc.meta))![1]);
    expect(stated).toEqual(['人民网；2019-05-03', '新华网；2019-07-01', '原文未载刊载处、日期和网址']);
  });

  it('keeps a single stated source the whole document\'s', () => {
    const single = text.replace('（来源：新华网 2019年7月1日）\n', '');
    const doc = analyseDocument(single, vocab);
    expect(doc.drafts.every((d) => d.meta === undefined)).toBe(true);
    expect(doc.drafts.map((d) => renderDraft(d, 'source-x', doc.meta)).every((m) => m.includes('：人民网；2019-05-03'))).toBe(true);
  });
});

describe('the ingest command', () => {
  // The command in-process, as npm run ingest runs it, with the fixture library's vocabulary and existing ids
  // (like the tests above); a start-up per run cost each test seconds. The bin's own wiring is the spawn test below.
  const run = (args: string[]) => runIngestInProcess([...args, '--content', FIXTURE_LIBRARY]);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'ingest-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  // Start-up is about 3 s on an idle 2-core machine, 20 s under a load of 30: the limit guards against a hang.
  it('npm run ingest (the bin) passes the arguments on and answers with the exit status, the report and the errors', { timeout: 240_000 }, () => {
    const empty = path.join(tmp, 'bin-empty.txt');
    writeFileSync(empty, '');
    const out = path.join(tmp, 'bin-out');
    const r = spawnSync(process.execPath, ['scripts/ingest.ts', path.join(SEEDS, '001_73a7e6d4b64e976d.txt'), empty, '--out', out, '--content', FIXTURE_LIBRARY], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(1);
    const errors = r.stderr.trimEnd().split('\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.startsWith(`error: ${empty}: empty file`), r.stderr).toBe(true);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(`wrote 1 draft(s) from 1 of 2 input(s) to ${out}`);
    expect(readdirSync(out).filter((f) => f.endsWith('.mdx'))).toEqual(['yongshan-qunzhong-gongzuo.mdx']);
  });

  it('writes 18 drafts and a JSON report of exactly one object', async () => {
    const out = path.join(tmp, 'all');
    const r = await run([SEEDS, '--out', out, '--json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as { drafts: Array<{ id: string; file: string; region: { code: string } | null }>; errors: string[] };
    expect(report.errors).toEqual([]);
    expect(report.drafts).toHaveLength(18);
    expect(readdirSync(out).filter((f) => f.endsWith('.mdx'))).toHaveLength(18);
    expect(readdirSync(out).some((f) => f.includes('.tmp-'))).toBe(false);
    const jiahe = report.drafts.find((d) => d.region?.code === '431024')!;
    expect(readFileSync(jiahe.file, 'utf8')).toContain('# 来源（原文所载，供 content/sources/sources.yaml）：红网；2013-11-18 14:56:58；https://xc.rednet.cn/content/2013/11/18/4553425.html');
  });

  it('refuses to overwrite without --force and leaves the file as it was', async () => {
    const out = path.join(tmp, 'once');
    expect((await run([path.join(SEEDS, '001_73a7e6d4b64e976d.txt'), '--out', out])).status).toBe(0);
    const file = path.join(out, readdirSync(out).find((f) => f.endsWith('.mdx'))!);
    writeFileSync(file, 'edited by an editor');
    const again = await run([path.join(SEEDS, '001_73a7e6d4b64e976d.txt'), '--out', out]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists; not overwritten \(use --force/);
    expect(readFileSync(file, 'utf8')).toBe('edited by an editor');
    expect((await run([path.join(SEEDS, '001_73a7e6d4b64e976d.txt'), '--out', out, '--force'])).status).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('做群众工作的几点体会');
  });

  it.each([
    ['empty', (f: string) => writeFileSync(f, ''), /empty file/],
    ['binary', (f: string) => writeFileSync(f, Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 31) % 256))), /binary file/],
    ['huge', (f: string) => { writeFileSync(f, ''); truncateSync(f, 21 * 1024 * 1024); }, /over the 20 MB limit/],
  ])('a %s file gets a one-line error naming it and exit 1; the good input beside it is still written', async (_kind, make, message) => {
    const input = path.join(tmp, `bad-${_kind}.txt`);
    make(input);
    const out = path.join(tmp, `out-${_kind}`);
    const r = await run([path.join(SEEDS, '001_73a7e6d4b64e976d.txt'), input, '--out', out]);
    expect(r.status).toBe(1);
    const errors = r.stderr.trim().split('\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(input);
    expect(errors[0]).toMatch(message);
    expect(readdirSync(out).filter((f) => f.endsWith('.mdx'))).toEqual(['yongshan-qunzhong-gongzuo.mdx']);
  });

  it('a folder with good, bad and unsupported files: good drafts written, exit 1, the JSON lists every input', async () => {
    const dir = path.join(tmp, 'mixed');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'a.txt'), seed('001'));
    writeFileSync(path.join(dir, 'b.txt'), '');
    writeFileSync(path.join(dir, 'c.wps'), 'x');
    writeFileSync(path.join(dir, 'd.txt'), seed('003'));
    const out = path.join(tmp, 'mixed-out');
    const r = await run([dir, '--out', out, '--json']);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as { inputs: Array<{ file: string; drafts: Array<{ id: string }>; error?: string }>; drafts: unknown[]; errors: string[] };
    const byName = Object.fromEntries(report.inputs.map((i) => [path.basename(i.file), i]));
    expect(Object.keys(byName).sort()).toEqual(['a.txt', 'b.txt', 'c.wps', 'd.txt']);
    expect(byName['a.txt']!.drafts).toHaveLength(1);
    expect(byName['d.txt']!.drafts).toHaveLength(1);
    expect(byName['b.txt']!.error).toMatch(/b\.txt: empty file/);
    expect(byName['c.wps']!.error).toMatch(/c\.wps: \.wps is a WPS 文字 document: open it in WPS and 另存为 Word 文档 \(\.docx\)/);
    expect(report.drafts).toHaveLength(2);
    expect(report.errors).toHaveLength(2);
    expect(readdirSync(out).filter((f) => f.endsWith('.mdx')).sort()).toEqual([byName['a.txt']!.drafts[0]!.id, byName['d.txt']!.drafts[0]!.id].map((id) => `${id}.mdx`).sort());
  });

  it('a folder of many files shows progress on stderr, never in the JSON on stdout', async () => {
    const dir = path.join(tmp, 'many');
    mkdirSync(dir);
    for (const n of ['000', '001', '002', '003', '004']) writeFileSync(path.join(dir, `${n}.txt`), seed(n));
    writeFileSync(path.join(dir, 'notes.pages'), 'x');
    writeFileSync(path.join(dir, '005.md'), '# 标题\n\n永善县的一段正文，说明群众工作。\n');
    const r = await run([dir, '--dry-run', '--json']);
    expect(r.stderr).toMatch(/^\[1\/6\] .*000\.txt$/m);
    expect(r.stderr).toMatch(/^\[6\/6\] .*005\.md$/m);
    const report = JSON.parse(r.stdout) as { inputs: Array<{ file: string; error?: string }> };
    expect(report.inputs).toHaveLength(7);
    expect(report.inputs.find((i) => i.file.endsWith('notes.pages'))!.error).toMatch(/\.pages is an Apple Pages document: .*导出为 → Word/);
  });

  it('an unreadable path is an error, the same text twice is one draft and a reported duplicate, --dry-run writes nothing', async () => {
    const missing = await run([path.join(tmp, 'nope.txt'), '--out', path.join(tmp, 'x')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/nope\.txt: cannot read \(ENOENT\)/);
    const dup = path.join(tmp, 'dup');
    mkdirSync(dup);
    writeFileSync(path.join(dup, 'a.txt'), seed('001'));
    // The same article as a one-paragraph-per-line GBK export with CRLF.
    const paragraphs = seed('001').toString('utf8').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    writeFileSync(path.join(dup, 'b.txt'), iconv.encode(paragraphs.join('\r\n').replace(/\u00a0/g, ' '), 'gbk'));
    const r = await run([dup, '--out', path.join(tmp, 'y'), '--json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as { inputs: Array<{ file: string; drafts: Array<{ id: string }>; duplicates: Array<{ of: string; from: string }>; left: Array<{ role: string; text: string }> }> };
    expect(report.inputs[0]!.drafts).toHaveLength(1);
    expect(report.inputs[1]!.drafts).toHaveLength(0);
    expect(report.inputs[1]!.duplicates).toEqual([{ title: '做群众工作的几点体会', of: report.inputs[0]!.drafts[0]!.id, from: path.join(dup, 'a.txt') }]);
    // The duplicate's body, written nowhere, is a block the report lists.
    expect(report.inputs[1]!.left.find((b) => b.role === 'duplicate')?.text).toContain('十八大报告指出');
    const dry = await run([SEEDS, '--dry-run']);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toMatch(/dry run: 18 draft\(s\) from 5 of 5 input\(s\), nothing written/);
  });

  it('two different articles with the same id get different ids; --force never replaces a different article', async () => {
    // Two essays with the same place and the same first words of the title.
    const essay = (title: string, sentence: string) => `${title}\n\n永善县政府办党总支书记 肖文杰\n\n${sentence}\n`;
    const dir = path.join(tmp, 'same-id');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'a.txt'), essay('做群众工作的几点体会', '群众工作要真心实意，这是第一篇文章的话。'));
    writeFileSync(path.join(dir, 'b.txt'), essay('做群众工作的几点思考', '群众工作要常抓不懈，这是第二篇文章的话。'));
    const out = path.join(tmp, 'same-id-out');
    const r = await run([dir, '--out', out, '--json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as { drafts: Array<{ id: string; idNote?: string }> };
    const [a, b] = report.drafts;
    expect(a!.id).toBe('yongshan-qunzhong-gongzuo');
    expect(b!.id).toMatch(/^yongshan-qunzhong-gongzuo-[0-9a-f]{6}$/);
    expect(b!.idNote).toMatch(/taken by a different article \(“做群众工作的几点体会”/);
    // Fed alone, the second article would take the plain id: --force must not replace the first one's draft.
    const first = readFileSync(path.join(out, `${a!.id}.mdx`), 'utf8');
    const alone = await run([path.join(dir, 'b.txt'), '--out', out, '--force', '--json']);
    expect(alone.status).toBe(0);
    expect(readFileSync(path.join(out, `${a!.id}.mdx`), 'utf8')).toBe(first);
    expect((JSON.parse(alone.stdout) as { drafts: Array<{ id: string }> }).drafts[0]!.id).toBe(b!.id);
    // An id the editor chooses that holds a different article is refused, naming both.
    const named = await run([path.join(dir, 'b.txt'), '--out', out, '--force', '--id', a!.id]);
    expect(named.status).toBe(1);
    expect(named.stderr).toMatch(/b\.txt: --id yongshan-qunzhong-gongzuo: .*yongshan-qunzhong-gongzuo\.mdx holds a different article \(“做群众工作的几点体会”\); not replaced by “做群众工作的几点思考”/);
    expect(readFileSync(path.join(out, `${a!.id}.mdx`), 'utf8')).toBe(first);
    const renamed = await run([path.join(dir, 'b.txt'), '--out', out, '--id', 'yongshan-sikao']);
    expect(renamed.status).toBe(0);
    expect(readFileSync(path.join(out, 'yongshan-sikao.mdx'), 'utf8')).toContain('做群众工作的几点思考');
  });
});
