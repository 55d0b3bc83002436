/**
 * A cleaned raw document → case drafts: paragraphs rebuilt (false breaks
 * rejoined and recorded), split into cases (compilations by 主题——副题 titles
 * or title + author lines; otherwise one essay), and what each text states
 * extracted: title, subtitle, authors and roles, place, suggested methods and
 * themes with the phrase that triggered them, and flags for what it cannot settle.
 */
import type { Correction } from '../../schemas/correction.ts';
import { isSectionHeading } from '../mdx-text.ts';
import type { RegionIndex, Region } from '../regions.ts';
import { COMMENTARY_MARKER, normalizePunctuation } from '../text.ts';
import { shortPlaceName } from '../search/query.ts';
import { cleanLines, stripTrailingChrome, type DocumentMeta, type Line } from './clean.ts';

export interface Paragraph {
  text: string;
  first: number;
  last: number;
}

export interface Suggestion {
  id: string;
  name: string;
  /** The words in the text that triggered it. */
  trigger: string;
}

export interface Draft {
  title: string;
  subtitle?: string;
  authors: Array<{ name: string; role?: string }>;
  region?: { code: string; name: string; leaf: string; township?: string };
  titleLine: number;
  lines: [number, number];
  /** Raw paragraphs of the body (before edition rules), in order. */
  raw: string[];
  joins: Correction[];
  methods: Suggestion[];
  themes: Suggestion[];
  flags: string[];
}

export interface AnalysedDocument {
  meta: DocumentMeta;
  /** Document title (a compilation's own title), if any. */
  title?: string;
  /** The document's editor's note, if any. */
  editorNote?: string;
  drafts: Draft[];
}

export interface Vocabulary {
  methods: Array<{ id: string; name: string; aliases: string[] }>;
  themes: Array<{ id: string; name: string; keywords: string[] }>;
  regions: RegionIndex;
}

const TERMINAL = /[。！？；：”’）】…!?;:)"]$/u;
const HAN = /\p{Script=Han}/u;

function paragraphsOf(lines: readonly Line[]): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Line[] = [];
  const flush = () => {
    if (current.length) out.push({ text: current.map((l) => l.text).join(''), first: current[0]!.n, last: current.at(-1)!.n });
    current = [];
  };
  for (const line of lines) {
    if (!line.text) flush();
    else current.push(line);
  }
  flush();
  return out;
}

const isTitleLike = (t: string) => !/[。！？]/.test(t) && !TERMINAL.test(t) && Array.from(t).length <= 80 && t !== COMMENTARY_MARKER;
const NAME = /^[\p{Script=Han}]{2,4}$/u;

/** Names at the end of an author line: 崔章程 / 永善县政府办党总支书记 肖文杰 / …工委  徐 平 王书银. */
export function parseAuthorLine(text: string): Array<{ name: string; role?: string }> | undefined {
  if (Array.from(text).length > 50 || /[。，！？]/.test(text)) return undefined;
  const tokens = text.split(/[\s\u3000、，,]+/).filter(Boolean);
  // Two-character names are printed with a space inside (徐 平): put them back together.
  const merged: string[] = [];
  for (const t of tokens) {
    const prev = merged.at(-1);
    if (prev !== undefined && Array.from(prev).length === 1 && Array.from(t).length === 1) merged[merged.length - 1] = prev + t;
    else merged.push(t);
  }
  const names: string[] = [];
  while (merged.length > 0 && NAME.test(merged.at(-1)!) && !/[省市县区委局办部院室处所厅会站队]$/u.test(merged.at(-1)!)) names.unshift(merged.pop()!);
  if (names.length === 0) return undefined;
  const role = merged.join('');
  if (role && !/[委局办部院室处所厅会站队记长员表]$/u.test(role)) return undefined;
  return names.map((name) => (role ? { name, role } : { name }));
}

/** Rejoins paragraphs the capture broke mid-sentence, recording each join. */
function rejoin(paragraphs: Paragraph[]): { paragraphs: Paragraph[]; joins: Array<{ index: number; after: string }> } {
  const out: Paragraph[] = [];
  const joins: Array<{ index: number; after: string }> = [];
  for (const p of paragraphs) {
    const prev = out.at(-1);
    const broken =
      prev &&
      !TERMINAL.test(prev.text) &&
      !isSectionHeading(normalizePunctuation(prev.text)) &&
      prev.text !== COMMENTARY_MARKER &&
      (/[。，；：,;:]/.test(prev.text) || Array.from(prev.text).length > 40) &&
      !/——/.test(p.text.slice(0, 30)) &&
      HAN.test(p.text[0] ?? '');
    if (prev && broken) {
      joins.push({ index: out.length - 1, after: Array.from(prev.text).slice(-4).join('') });
      out[out.length - 1] = { text: prev.text + p.text, first: prev.first, last: p.last };
    } else {
      out.push(p);
    }
  }
  return { paragraphs: out, joins };
}

interface Span {
  titleIndex: number;
  authorIndex?: number;
  end: number;
}

/** Where the cases start: 主题——副题 titles, or a title followed by an author line. */
function findCases(ps: Paragraph[]): Span[] {
  const dash = ps.map((p, i) => (isTitleLike(p.text) && /——/.test(p.text) ? i : -1)).filter((i) => i >= 0);
  const byAuthor = ps
    .map((p, i) => (isTitleLike(p.text) && !isSectionHeading(p.text) && i + 2 < ps.length && parseAuthorLine(ps[i + 1]!.text) && !isTitleLike(ps[i + 2]!.text) ? i : -1))
    .filter((i) => i >= 0);
  const starts = dash.length >= 2 ? dash : byAuthor.length >= 1 ? byAuthor : [];
  if (starts.length === 0) {
    const first = ps.findIndex((p) => isTitleLike(p.text) && !isSectionHeading(p.text));
    if (first === -1) return [];
    return [{ titleIndex: first, ...(parseAuthorLine(ps[first + 1]?.text ?? '') ? { authorIndex: first + 1 } : {}), end: ps.length }];
  }
  return starts.map((start, k) => ({
    titleIndex: start,
    ...(parseAuthorLine(ps[start + 1]?.text ?? '') && starts === byAuthor ? { authorIndex: start + 1 } : {}),
    end: starts[k + 1] ?? ps.length,
  }));
}

/** Every region name (full, or short for provinces and cities) the text mentions. */
function regionMentions(text: string, regions: RegionIndex, withShort: boolean): Region[] {
  const found: Region[] = [];
  for (const r of regions.all()) {
    if (r.level === 'city' && /^(市辖区|县)$/.test(r.name)) continue;
    if (text.includes(r.name)) found.push(r);
    else if (withShort) {
      const short = shortPlaceName(r.name);
      // A county's short name counts only when it is long enough not to be an ordinary word.
      const minLength = r.level === 'county' ? 3 : 2;
      if (short && Array.from(short).length >= minLength && text.includes(short)) found.push(r);
    }
  }
  return found;
}

/**
 * The most precise place the text names whose chain the text supports: a
 * county named together with its city or province, or a name found only once
 * in the whole country.
 */
export function resolvePlace(text: string, regions: RegionIndex, withShort = true): Region | undefined {
  const mentions = regionMentions(text, regions, withShort);
  if (mentions.length === 0) return undefined;
  const codes = new Set(mentions.map((m) => m.code));
  const byName = new Map<string, Region[]>();
  for (const r of regions.all()) byName.set(r.name, [...(byName.get(r.name) ?? []), r]);
  const depth = { province: 1, city: 2, county: 3 } as const;
  const scored = mentions.map((r) => {
    const ancestors = regions.chain(r.code).slice(0, -1);
    const supported = ancestors.filter((a) => codes.has(a.code)).length;
    const unique = (byName.get(r.name)?.length ?? 0) === 1;
    return { r, ok: supported > 0 || unique || r.level === 'province', score: depth[r.level] * 10 + supported };
  });
  const best = scored.filter((s) => s.ok).sort((a, b) => b.score - a.score || a.r.code.localeCompare(b.r.code))[0]?.r;
  // A city without counties is listed again as its own county (东莞市 441900): name the city.
  const parent = best?.parent ? regions.get(best.parent) : undefined;
  return parent && parent.name === best?.name ? parent : best;
}

const TOWNSHIP = /([\p{Script=Han}]{2,6}?(?:街道|乡|镇))/u;

/** Suspected OCR slips and capture damage worth an editor's look. */
const SUSPECTS: Array<[RegExp, string]> = [
  [/进村人户|人户(?:宣传|了解|服务|走访)|深人|纳人|人党|联户人社|泥牛人海|事项人手/u, '疑“入”误作“人”'],
  [/(?<![A-Za-z])l(?=[+\d])|(?<=\d)[lO](?![A-Za-z])|(?<![A-Za-z])[lO](?=\d)/u, '疑数字误作字母（l/O）'],
  [/\d·\d/u, '疑小数点误作间隔号（·）'],
  [/,,|，，/u, '疑右引号误作两个逗号'],
  [/’’|''/u, '疑右引号误作两个单引号'],
  [/[\p{Script=Han}][a-z][\p{Script=Han}]/u, '汉字间夹杂字母，疑为误字'],
  [/于部|以匕/u, '疑形近误字'],
];

function flagsFor(paragraphs: readonly string[]): string[] {
  const flags: string[] = [];
  paragraphs.forEach((text, i) => {
    for (const [re, what] of SUSPECTS) {
      const m = re.exec(text);
      if (m) flags.push(`第${i + 1}段：${what}：“${text.slice(Math.max(0, m.index - 6), m.index + m[0].length + 6)}”`);
    }
    // A quotation followed by a speaker but no verb of saying before the full stop: text missing.
    const q = /”([^。“”，]{0,8}(?:代表|书记|主任|部长|局长|县长|市长|镇长|乡长)、[^。“”]{0,12}?)([^。]*。)/u.exec(normalizePunctuation(text));
    if (q && !/说|表示|介绍|感慨|称|道|讲/.test(q[1]! + q[2]!.slice(0, 12))) {
      flags.push(`第${i + 1}段：疑有脱文（引语后有说话人而无“说”等）：“${text.slice(Math.max(0, q.index - 4), q.index + q[1]!.length + 8)}”`);
    }
  });
  return flags;
}

function suggest(text: string, vocab: Vocabulary): { methods: Suggestion[]; themes: Suggestion[] } {
  const methods: Suggestion[] = [];
  for (const m of vocab.methods) {
    const trigger = [m.name, ...m.aliases].filter((t) => Array.from(t).length >= 2).sort((a, b) => b.length - a.length).find((t) => text.includes(t));
    if (trigger) methods.push({ id: m.id, name: m.name, trigger });
  }
  const themes: Suggestion[] = [];
  for (const t of vocab.themes) {
    const hits = t.keywords.filter((k) => text.includes(k));
    if (hits.length >= 2 || text.includes(t.name)) themes.push({ id: t.id, name: t.name, trigger: hits.slice(0, 3).join('、') || t.name });
  }
  return { methods, themes };
}

export function analyseDocument(rawText: string, vocab: Vocabulary, extraMeta: Partial<DocumentMeta> = {}): AnalysedDocument {
  const { lines, meta } = cleanLines(rawText);
  Object.assign(meta, Object.fromEntries(Object.entries(extraMeta).filter(([, v]) => v)));
  const original = paragraphsOf(lines);
  const rebuilt = rejoin(original);
  const ps = rebuilt.paragraphs;
  if (ps.length > 0) {
    const last = ps.at(-1)!;
    last.text = stripTrailingChrome(last.text, meta);
    if (!last.text) ps.pop();
  }
  const spans = findCases(ps);
  const header = ps.slice(0, spans[0]?.titleIndex ?? 0);
  const noteAt = header.findIndex((p) => /^编者按[:：]?$/.test(p.text));
  const editorNote = noteAt >= 0 ? header.slice(noteAt + 1).map((p) => p.text).join('\n\n') : undefined;
  const docTitle = header.filter((p, i) => i !== noteAt && (noteAt < 0 || i < noteAt) && isTitleLike(p.text)).map((p) => p.text).join('') || undefined;
  const headerText = header.map((p) => p.text).join('\n');
  const headerPlace = resolvePlace(headerText + (meta.publication ?? ''), vocab.regions);

  const drafts: Draft[] = spans.map((span) => {
    const titlePara = ps[span.titleIndex]!;
    const [title, ...rest] = normalizePunctuation(titlePara.text).split('——');
    const subtitle = rest.length ? rest.join('——') : undefined;
    const bodyStart = (span.authorIndex ?? span.titleIndex) + 1;
    const body = ps.slice(bodyStart, span.end);
    let authors = span.authorIndex !== undefined ? parseAuthorLine(ps[span.authorIndex]!.text) ?? [] : [];
    if (authors.length === 0 && meta.author && spans.length === 1) authors = [{ name: meta.author }];
    const roleNote = body.map((p) => /[(（]作者系(.+?)[)）]/.exec(p.text)?.[1]).find(Boolean);
    if (roleNote) authors = authors.map((a) => ({ ...a, role: a.role ?? roleNote }));

    const bodyText = body.map((p) => p.text).join('\n');
    const authorRoles = authors.map((a) => a.role ?? '').join(' ');
    const place =
      resolvePlace(`${subtitle ?? ''} ${title} ${authorRoles}`, vocab.regions) ??
      (body[0] ? resolvePlace(body[0].text, vocab.regions, false) : undefined) ??
      headerPlace ??
      resolvePlace(bodyText, vocab.regions, false);
    const township = TOWNSHIP.exec(`${subtitle ?? ''}${title}`)?.[1] ?? (place && /街道|乡|镇/.test(bodyText.slice(0, 60)) ? TOWNSHIP.exec(bodyText.slice(0, 60))?.[1] : undefined);

    const joins: Correction[] = [];
    let p = 0;
    body.forEach((para, i) => {
      if (para.text !== COMMENTARY_MARKER) p++;
      const globalIndex = bodyStart + i;
      for (const j of rebuilt.joins.filter((x) => x.index === globalIndex)) joins.push({ type: 'join', p, after: j.after });
    });
    // The body's paragraphs as captured, before the joins.
    const first = body[0]?.first ?? Infinity;
    const lastLine = body.at(-1)?.last ?? -Infinity;
    const rawParas = original.filter((o) => o.first >= first && o.last <= lastLine).map((o) => o.text);
    if (rawParas.length > 0 && body.at(-1)) rawParas[rawParas.length - 1] = stripTrailingChrome(rawParas.at(-1)!, {});

    const flags = flagsFor(body.map((b) => b.text));
    if (!place) flags.unshift('未能确定地点（原文未写明省市县），请编者补 region.code');
    if (authors.length === 0) flags.unshift('原文未署作者');
    const { methods, themes } = suggest(`${title}${subtitle ?? ''}${bodyText}`, vocab);
    return {
      title: title!,
      ...(subtitle ? { subtitle } : {}),
      authors,
      ...(place ? { region: { code: place.code, name: vocab.regions.chain(place.code).map((r) => r.name).join(''), leaf: place.name, ...(township ? { township } : {}) } } : {}),
      titleLine: titlePara.first,
      lines: [body[0]?.first ?? titlePara.last, body.at(-1)?.last ?? titlePara.last],
      raw: rawParas,
      joins,
      methods,
      themes,
      flags,
    };
  });
  return { meta, ...(docTitle ? { title: docTitle } : {}), ...(editorNote ? { editorNote } : {}), drafts };
}
