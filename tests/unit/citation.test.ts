import { describe, expect, it } from 'vitest';
import {
  CITATION_STYLES,
  formatLibraryReference,
  formatSourceReference,
  toBibTeX,
  toRIS,
  type CaseRef,
  type LibraryRef,
  type SourceRef,
} from '../../src/lib/citation/formats.ts';

// Expected strings are the standards' own examples: GB/T 7714—2015 as reproduced in
// typst-omni-gb7714/omni-gb7714 and zepinglee/gbt7714-bibtex-style, GB/T 7714—2025 as
// reproduced in hushidong/biblatex-gb7714-2025 and zotero-chinese/styles (see src/lib/citation/formats.ts).

const part = (title: string, authors: string[], source: SourceRef, extra: Partial<CaseRef> = {}): CaseRef => ({
  title,
  authors,
  source,
  isPart: true,
  ...extra,
});

const page = (url: string, accessed: string, published?: string): LibraryRef =>
  published === undefined ? { siteName: '', url, accessed } : { siteName: '', url, accessed, published };

describe('CITATION_STYLES', () => {
  it('offers the edition in force first, labelled as the standard numbers itself', () => {
    expect(CITATION_STYLES.map((s) => s.id)).toEqual(['gbt7714-2025', 'gbt7714-2015']);
    expect(CITATION_STYLES.map((s) => s.label)).toEqual(['GB/T 7714—2025', 'GB/T 7714—2015']);
  });
});

describe('newspaper [N], the standards’ examples', () => {
  const zqb: SourceRef = { title: '中国青年报', publication: '中国青年报', type: 'newspaper', date: '2000-11-20' };
  const c = part('数字革命与竞争国际化', ['丁文详'], zqb, { pages: '15' });

  it('2015 (A.4 / 8.8.2): half-width comma and parentheses', () => {
    expect(formatSourceReference(c, 'gbt7714-2015')).toBe('丁文详. 数字革命与竞争国际化[N]. 中国青年报, 2000-11-20(15).');
  });
  it('2025 (8.5, 附录B): full-width comma and parentheses', () => {
    expect(formatSourceReference(c, 'gbt7714-2025')).toBe('丁文详. 数字革命与竞争国际化[N]. 中国青年报，2000-11-20（15）.');
  });
  it('2025 [N/OL]: URL after the 版次, no access date any more', () => {
    const rmrb: SourceRef = {
      title: '人民日报',
      publication: '人民日报',
      type: 'newspaper',
      date: '2022-08-16',
      url: 'http://paper.people.com.cn/rmrb/html/2022-08/16/nw.D110000renmrb_20220816_3-17.htm',
    };
    expect(formatSourceReference(part('探索微观世界的无穷奥秘（科技大观）', ['陈缮真'], rmrb, { pages: '17' }), 'gbt7714-2025')).toBe(
      '陈缮真. 探索微观世界的无穷奥秘（科技大观）[N/OL]. 人民日报，2022-08-16（17）. http://paper.people.com.cn/rmrb/html/2022-08/16/nw.D110000renmrb_20220816_3-17.htm.',
    );
  });
});

describe('online resource [EB/OL], the standards’ examples (through the library-page formatter, which has the access date)', () => {
  const whole = (title: string, authors: string[]): CaseRef => ({
    title,
    authors,
    source: { title, publication: '', type: 'online' },
    isPart: false,
  });

  it('2015 (A.10): (更新或修改日期)[引用日期]', () => {
    expect(
      formatLibraryReference(
        whole('出版业信息化迈入快车道', ['萧钰']),
        page('http://www.creader.com/news/20011219/200112190019.html', '2002-04-15', '2001-12-19'),
        'gbt7714-2015',
      ),
    ).toBe('萧钰. 出版业信息化迈入快车道[EB/OL]. (2001-12-19)[2002-04-15]. http://www.creader.com/news/20011219/200112190019.html.');
    expect(
      formatLibraryReference(
        whole('化解医患矛盾需釜底抽薪', ['李强']),
        page('http://wenku.baidu.com/view/47e4f206b52acfc789ebc92f.html', '2013-03-25', '2012-05-03'),
        'gbt7714-2015',
      ),
    ).toBe('李强. 化解医患矛盾需釜底抽薪[EB/OL]. (2012-05-03)[2013-03-25]. http://wenku.baidu.com/view/47e4f206b52acfc789ebc92f.html.');
  });

  it('2025 (8.11.3): （创建或修改日期）[引用日期], titles with Chinese quotes kept as printed', () => {
    expect(
      formatLibraryReference(
        whole('北京鲁迅博物馆志愿服务章程', ['北京鲁迅博物馆']),
        page('http://www.luxunmuseum.com.cn/html/202104/a11310.htm', '2023-05-02', '2021-04-21'),
        'gbt7714-2025',
      ),
    ).toBe('北京鲁迅博物馆. 北京鲁迅博物馆志愿服务章程[EB/OL]. （2021-04-21）[2023-05-02]. http://www.luxunmuseum.com.cn/html/202104/a11310.htm.');
    expect(
      formatLibraryReference(
        whole('“好好干，当一个好工人”', ['许振超']),
        page('https://cpc.people.com.cn/n1/2025/0217/c443712-40419790.html', '2025-06-22', '2025-02-17'),
        'gbt7714-2025',
      ),
    ).toBe('许振超. “好好干，当一个好工人”[EB/OL]. （2025-02-17）[2025-06-22]. https://cpc.people.com.cn/n1/2025/0217/c443712-40419790.html.');
  });

  it('2025: a page without a date keeps only the access date', () => {
    expect(
      formatLibraryReference(
        whole('馆际互借与文献传递服务', ['高等教育文献保障系统']),
        page('http://home.calis.edu.cn/pages/list.html?id=4101e184-7f64-4798-a5e1-8e37aa6994fc', '2025-06-21'),
        'gbt7714-2025',
      ),
    ).toBe('高等教育文献保障系统. 馆际互借与文献传递服务[EB/OL]. [2025-06-21]. http://home.calis.edu.cn/pages/list.html?id=4101e184-7f64-4798-a5e1-8e37aa6994fc.');
  });
});

describe('析出文献 from a compilation [G]//', () => {
  // Neither edition has a worked "[G]//" example. These are the standards' book-part examples
  // ("[M]//", "[C]//") with the host's type code swapped for 汇编 G; every other character is theirs.
  const host: SourceRef = {
    title: '长江流域洪涝灾害与科技对策',
    publication: '科学出版社',
    type: 'compilation',
    date: '1999',
    place: '北京',
    editors: ['许厚泽', '赵其国'],
  };
  const c = part('1998年长江洪水的成因与减灾对策', ['程根伟'], host, { pages: '32-36' });

  it('2015 (4.2.2): 析出文献[G]//主要责任者. 题名. 出版地: 出版者, 出版年: 页码.', () => {
    expect(formatSourceReference(c, 'gbt7714-2015')).toBe('程根伟. 1998年长江洪水的成因与减灾对策[G]//许厚泽, 赵其国. 长江流域洪涝灾害与科技对策. 北京: 科学出版社, 1999: 32-36.');
  });
  it('2025 (8.3.2): same order, full-width ，：', () => {
    expect(formatSourceReference(c, 'gbt7714-2025')).toBe('程根伟. 1998年长江洪水的成因与减灾对策[G]//许厚泽，赵其国. 长江流域洪涝灾害与科技对策. 北京：科学出版社，1999：32-36.');
  });
  it('2025: a host without a named editor goes straight after //', () => {
    const proceedings: SourceRef = {
      title: '纪念北京大学图书馆学教育100周年研讨会论文集',
      publication: '北京大学信息管理系',
      type: 'compilation',
      date: '2024',
      place: '北京',
    };
    expect(formatSourceReference(part('民国图书馆学教育的社会贡献', ['肖希明', '石庆功', '刘奕'], proceedings, { pages: '134-147' }), 'gbt7714-2025')).toBe(
      '肖希明，石庆功，刘奕. 民国图书馆学教育的社会贡献[G]//纪念北京大学图书馆学教育100周年研讨会论文集. 北京：北京大学信息管理系，2024：134-147.',
    );
  });
});

describe('authors', () => {
  // 2025 7.1.2 example: 印森林，吴胜和，李俊飞，等 (the fourth, 冯文杰, is dropped).
  const four = ['印森林', '吴胜和', '李俊飞', '冯文杰'];
  const source: SourceRef = { title: '某报', publication: '某报', type: 'newspaper' };

  it('keeps three and adds 等 beyond three', () => {
    expect(formatSourceReference(part('题名', four, source), 'gbt7714-2025')).toBe('印森林，吴胜和，李俊飞，等. 题名[N]. 某报.');
    expect(formatSourceReference(part('题名', four, source), 'gbt7714-2015')).toBe('印森林, 吴胜和, 李俊飞, 等. 题名[N]. 某报.');
  });
  it('lists up to three in full', () => {
    expect(formatSourceReference(part('题名', four.slice(0, 3), source), 'gbt7714-2025')).toMatch(/^印森林，吴胜和，李俊飞\. /u);
  });
  it('uses et al. for Western names', () => {
    expect(formatSourceReference(part('Title', ['Myburg A A', 'Grattapaglia D', 'Tuskan G A', 'Hellsten U'], source), 'gbt7714-2015')).toBe(
      'Myburg A A, Grattapaglia D, Tuskan G A, et al. Title[N]. 某报.',
    );
  });
});

describe('our five sources: unknown fields are left out, nothing is invented', () => {
  const shijingshan: SourceRef = { title: '“转作风、促发展、惠民生”党代表联系服务群众工作短文摘登(一)', publication: '石景山报', type: 'newspaper' };
  const gongchandangyuan: SourceRef = { title: '做群众工作的几点体会', publication: '共产党员网', type: 'online', date: '2013-05-23' };
  const hongwang: SourceRef = {
    title: '用机制保障党群干群关系互动交融',
    publication: '红网（湘潮网）',
    type: 'online',
    date: '2013-11-18',
    url: 'https://xc.rednet.cn/content/2013/11/18/4553425.html',
  };
  // The 004 capture is a repost: the compilation's own publisher and date are unknown.
  const compilation: SourceRef = { title: '各地联系服务群众经验做法选编摘录', publication: '', type: 'compilation' };
  const placeholders = /不详|佚名|s\.n\.|S\.l\.|undefined|null/u;

  it('a newspaper without a date: no date, no dangling comma', () => {
    const c = part('将群众路线贯穿基层组织工作始终', ['崔章程'], shijingshan);
    expect(formatSourceReference(c, 'gbt7714-2025')).toBe('崔章程. 将群众路线贯穿基层组织工作始终[N]. 石景山报.');
    expect(formatSourceReference(c, 'gbt7714-2015')).toBe('崔章程. 将群众路线贯穿基层组织工作始终[N]. 石景山报.');
  });
  it('a web page without a URL: date only, no URL and no access date made up', () => {
    const c: CaseRef = { title: '做群众工作的几点体会', authors: ['肖文杰'], source: gongchandangyuan, isPart: false };
    expect(formatSourceReference(c, 'gbt7714-2025')).toBe('肖文杰. 做群众工作的几点体会[EB/OL]. （2013-05-23）.');
    expect(formatSourceReference(c, 'gbt7714-2015')).toBe('肖文杰. 做群众工作的几点体会[EB/OL]. (2013-05-23).');
  });
  it('a web page with its URL', () => {
    const c: CaseRef = { title: '用机制保障党群干群关系互动交融', authors: ['孙佑民'], source: hongwang, isPart: false };
    expect(formatSourceReference(c, 'gbt7714-2025')).toBe(
      '孙佑民. 用机制保障党群干群关系互动交融[EB/OL]. （2013-11-18）. https://xc.rednet.cn/content/2013/11/18/4553425.html.',
    );
  });
  it('a compilation part without authors, editors, place or URL: title first, subtitle after the colon', () => {
    const c = part('把政府的“好心”办成群众满意的“好事”', [], compilation, { subtitle: '北京西城区广外街道把党支部建在民生项目上' });
    const ref = formatSourceReference(c, 'gbt7714-2025');
    expect(ref).toBe('把政府的“好心”办成群众满意的“好事”：北京西城区广外街道把党支部建在民生项目上[G]//各地联系服务群众经验做法选编摘录.');
    // 2015 §8.4 requires the placeholders for a printed Chinese document; 2025 leaves them optional, and they are left out.
    expect(formatSourceReference(c, 'gbt7714-2015')).toBe(
      '把政府的“好心”办成群众满意的“好事”: 北京西城区广外街道把党支部建在民生项目上[G]//各地联系服务群众经验做法选编摘录. [出版地不详]: [出版者不详].',
    );
    expect(formatSourceReference(c, 'gbt7714-2025')).not.toMatch(placeholders);
    // An electronic compilation (with its access path) may omit them in 2015 too.
    expect(formatSourceReference(part('t', [], { ...compilation, url: 'https://example.org/x' }), 'gbt7714-2015')).not.toMatch(placeholders);
  });
  it('the library page reference omits an unknown publication date and authors', () => {
    const c = part('要得群众好评先听群众批评', [], compilation);
    const lib: LibraryRef = { siteName: '联系服务群众经验案例库', url: 'https://example.org/cases/yingshan-youjiang-piping/', accessed: '2026-07-02' };
    expect(formatLibraryReference(c, lib, 'gbt7714-2025')).toBe('要得群众好评先听群众批评[EB/OL]. [2026-07-02]. https://example.org/cases/yingshan-youjiang-piping/.');
    expect(formatLibraryReference(c, { ...lib, published: '2026-05-01' }, 'gbt7714-2015')).toBe(
      '要得群众好评先听群众批评[EB/OL]. (2026-05-01)[2026-07-02]. https://example.org/cases/yingshan-youjiang-piping/.',
    );
  });
});

/** True when every unescaped { has its }, never closing more than was opened. */
function balanced(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '{') depth++;
    if (ch === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

describe('toBibTeX', () => {
  const lib: LibraryRef = {
    siteName: '联系服务群众经验案例库',
    url: 'https://example.org/cases/x/?a=1&b=%E4_#p3',
    published: '2026-05-01',
    accessed: '2026-07-02',
  };
  const newspaper: SourceRef = { title: '石景山报', publication: '石景山报', type: 'newspaper' };

  it('picks the entry type by source type', () => {
    expect(toBibTeX('a', part('t', ['甲'], newspaper), lib)).toMatch(/^@article\{a,\n/u);
    expect(toBibTeX('a', { title: 't', authors: [], isPart: false, source: { title: 't', publication: '人民网', type: 'online', date: '2013-09-18' } }, lib)).toMatch(/^@online\{a,\n/u);
    expect(toBibTeX('a', part('t', [], { title: '选编', publication: 'p', type: 'compilation' }), lib)).toMatch(/^@incollection\{a,\n/u);
  });
  it('escapes TeX specials and stays balanced', () => {
    const bib = toBibTeX('case-1', part('50% & {一} $x$ #1 a_b \\ ~^', ['甲', '乙'], newspaper, { subtitle: '副题' }), lib);
    expect(bib).toContain('title = {50\\% \\& \\{一\\} \\$x\\$ \\#1 a\\_b \\textbackslash{} \\textasciitilde{}\\textasciicircum{}}');
    expect(bib).toContain('subtitle = {副题}');
    expect(bib).toContain('author = {甲 and 乙}');
    expect(bib).toContain('entrysubtype = {newspaper}');
    expect(balanced(bib)).toBe(true);
  });
  it('exports two entries, never one mixing them: the original with its own type, date and URL, and our page with ours and the access date', () => {
    const hongwang: SourceRef = { title: 't', publication: '红网（湘潮网）', type: 'online', date: '2013-11-18', url: 'https://xc.rednet.cn/content/2013/11/18/4553425.html' };
    const bib = toBibTeX('k', { title: 't', authors: ['孙佑民'], source: hongwang, isPart: false }, lib);
    const [original, page, ...rest] = bib.split(/\n(?=@)/u);
    expect(rest).toEqual([]);
    expect(original).toMatch(/^@online\{k,\n/u);
    expect(original).toContain('url = {https://xc.rednet.cn/content/2013/11/18/4553425.html}');
    expect(original).toContain('date = {2013-11-18}');
    expect(original).toContain('organization = {红网（湘潮网）}');
    expect(original).not.toMatch(/urldate|example\.org/u);
    expect(original).toContain('note = {原始文献；联系服务群众经验案例库收录本，见条目 k-page}');
    expect(page).toMatch(/^@online\{k-page,\n/u);
    expect(page).toContain('url = {https://example.org/cases/x/?a=1&b=%E4_#p3}');
    expect(page).toContain('urldate = {2026-07-02}');
    expect(page).toContain('organization = {联系服务群众经验案例库}');
    expect(page).not.toMatch(/2013-11-18|rednet/u);
    expect(page).toContain('note = {联系服务群众经验案例库收录本；原始文献见条目 k}');
    const noDate = toBibTeX('k', part('t', [], newspaper), lib);
    expect(noDate.split(/\n(?=@)/u)[0]).not.toMatch(/^\s*(author|date|pages|url) =/mu);
    expect(balanced(noDate)).toBe(true);
  });
});

describe('toRIS', () => {
  const lib: LibraryRef = { siteName: '联系服务群众经验案例库', url: 'https://example.org/cases/x/', accessed: '2026-07-02' };
  const compilation: SourceRef = { title: '各地联系服务群众经验做法选编摘录', publication: '', type: 'compilation' };

  it('starts with TY, ends with ER, every line a well-formed tag, CRLF line ends', () => {
    const ris = toRIS(part('家有难题请找老李', [], compilation, { subtitle: '副题' }), lib);
    const lines = ris.split('\r\n');
    expect(lines.at(-1)).toBe('');
    lines.pop();
    expect(lines[0]).toBe('TY  - CHAP');
    expect(lines.at(-1)).toBe('ER  - ');
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /u);
    expect(ris.replace(/\r\n/gu, '')).not.toMatch(/[\r\n]/u);
    expect(lines).toContain('TI  - 家有难题请找老李：副题');
    expect(lines).toContain('T2  - 各地联系服务群众经验做法选编摘录');
    expect(lines.some((l) => /^(PY|DA|PB) {2}- /u.test(l))).toBe(false);
    expect(lines).toContain('Y2  - 2026/07/02/');
    // A file made at build time has no reader yet, so no access date.
    const unread: LibraryRef = { siteName: lib.siteName, url: lib.url };
    expect(toRIS(part('家有难题请找老李', [], compilation), unread)).not.toMatch(/^Y2 {2}- /mu);
    expect(toBibTeX('k', part('家有难题请找老李', [], compilation), unread)).not.toMatch(/urldate/u);
    expect(lines.some((l) => l.startsWith('AU  - '))).toBe(false);
    // Two records: the original (no address known), then our page.
    expect(lines.filter((l) => l.startsWith('TY  - '))).toEqual(['TY  - CHAP', 'TY  - ELEC']);
    const ends = lines.flatMap((l, i) => (l === 'ER  - ' ? [i] : []));
    expect(lines.slice(0, ends[0]).some((l) => /^(UR|Y2) {2}- /u.test(l))).toBe(false);
    expect(lines.slice(ends[0])).toContain('UR  - https://example.org/cases/x/');
  });
  it('uses NEWS and ELEC, one AU line per author in order', () => {
    const news = toRIS(part('t', ['吕秀艳'], { title: '石景山报', publication: '石景山报', type: 'newspaper' }), lib);
    expect(news.startsWith('TY  - NEWS\r\n')).toBe(true);
    expect(news).not.toMatch(/^(PY|DA) {2}- /mu);
    const elec = toRIS({ title: 't', authors: ['徐平', '王书银'], isPart: false, source: { title: 't', publication: '人民网-理论频道', type: 'online', date: '2013-09-18' } }, lib);
    expect(elec.startsWith('TY  - ELEC\r\n')).toBe(true);
    expect(elec).toContain('AU  - 徐平\r\nAU  - 王书银\r\n');
  });
});

describe('dates of year or month precision: what is known is cited, nothing padded', () => {
  const wordCompilation: SourceRef = { title: '基层联系服务群众经验选编', publication: '某县委组织部', type: 'compilation', date: '2013-10' };
  const lib: LibraryRef = { siteName: '联系服务群众经验案例库', url: 'https://example.org/cases/x/', accessed: '2026-07-02' };

  it('a compilation printed 2013年10月 is cited with its year (出版年)', () => {
    expect(formatSourceReference(part('群众事情有人管', [], wordCompilation), 'gbt7714-2025')).toBe('群众事情有人管[G]//基层联系服务群众经验选编. 某县委组织部，2013.');
  });
  it('a newspaper or web page keeps the month it gives, and a year alone stays a year', () => {
    expect(formatSourceReference(part('t', [], { title: '某报', publication: '某报', type: 'newspaper', date: '2013-10' }), 'gbt7714-2015')).toBe('t[N]. 某报, 2013-10.');
    expect(formatSourceReference({ title: 't', authors: [], isPart: false, source: { title: 't', publication: '某网', type: 'online', date: '2013' } }, 'gbt7714-2015')).toBe('t[EB/OL]. (2013).');
  });
  it('RIS and BibTeX carry the month without a day', () => {
    const ris = toRIS(part('群众事情有人管', [], wordCompilation), lib);
    expect(ris).toContain('PY  - 2013\r\n');
    expect(ris).toContain('DA  - 2013/10//\r\n');
    expect(toBibTeX('k', part('群众事情有人管', [], wordCompilation), lib)).toContain('date = {2013-10}');
  });
});
