/**
 * A teaching note proposed from a draft's accepted grounds, so the editor no
 * longer writes it from nothing (the eighth trial typed purpose, questions and
 * points, about ten values a case): each analysis point is the clause an
 * accepted method (or, for want of three methods, theme) rests on, quoted
 * exactly as the body reads (check:content looks each quotation up) with its
 * paragraph; the purpose names the place and those methods. Questions stay
 * the editors' own: the file says so and proposes none.
 *
 * The proposals stand in the teaching file (`<draft>.teaching.yaml`, which
 * publish copies into teaching/) under `proposals:`, numbered as listed, and
 * are answered with `npm run accept` like a draft's and a source entry's
 * (answerListed in accept-proposals.ts); publish refuses a file that still
 * holds one.
 */
import { Document, isSeq, parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import { caseParagraphs } from '../case-mdx.ts';
import { quoteAround } from './proposals.ts';

/** What a teaching note may be proposed: its purpose line, and analysis points. */
export type TeachingProposal = { field: 'purpose' | 'points'; value: string; paragraphs: number[]; why: string };

/** The schema's bounds on analysis points (src/schemas/teaching.ts). */
const MIN_POINTS = 3;
const MAX_POINTS = 6;

interface DraftGrounds {
  title: string;
  methods?: string[];
  themes?: string[];
  evidence?: Record<string, { p: number; quote: string }>;
  /** Accepted methods the text only urges (文中仅倡议). */
  proposed?: string[];
}

/**
 * Longest quote a point proposes: the clauses around the method's words, not a
 * whole sentence (the ninth trial's ran to 500 characters).
 */
const POINT_QUOTE = 100;

/**
 * The teaching proposals for a draft whose proposals are answered: `place` is
 * the region's full name (河北省衡水市饶阳县), `names` the taxonomy's name of
 * each method and theme id. Points follow the text's order; two tags resting
 * on one sentence make one point.
 */
export function proposeTeaching(draft: string, place: string | undefined, names: ReadonlyMap<string, string>): TeachingProposal[] {
  const head = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(draft);
  if (!head) return [];
  const fm = (parseDocument(head[1]!).toJS() ?? {}) as DraftGrounds;
  const paragraphs = caseParagraphs(draft.slice(head[0].length));
  const grounded = (ids: readonly string[] | undefined) =>
    (ids ?? []).flatMap((id) => {
      const ev = fm.evidence?.[id];
      const text = ev ? paragraphs.find((x) => x.p === ev.p)?.text : undefined;
      const at = ev && text ? text.indexOf(ev.quote) : -1;
      return ev && text && at !== -1 ? [{ id, name: names.get(id) ?? id, p: ev.p, sentence: quoteAround(text, at, ev.quote.length, POINT_QUOTE, true) }] : [];
    });
  const methods = grounded(fm.methods);
  // Themes only make up the schema's three points when the methods are fewer.
  const tags = methods.length >= MIN_POINTS ? methods : [...methods, ...grounded(fm.themes)];
  const points = new Map<string, { names: string[]; p: number }>();
  for (const t of tags) {
    const key = `${t.p}\u0000${t.sentence}`;
    const point = points.get(key) ?? { names: [], p: t.p };
    point.names.push(t.name);
    points.set(key, point);
  }
  const out: TeachingProposal[] = [];
  if (methods.length) {
    out.push({
      field: 'purpose',
      value: purposeOf(place, methods.map((m) => m.name), methods.filter((m) => fm.proposed?.includes(m.id)).map((m) => m.name)),
      paragraphs: [...new Set(methods.map((m) => m.p))].sort((a, b) => a - b),
      why: '据地点和已接受的方法名拟出，是编者的话：请改写成这一案例能教什么',
    });
  }
  const ordered = [...points].sort((a, b) => a[1].p - b[1].p).slice(0, MAX_POINTS);
  for (const [key, point] of ordered) {
    const sentence = key.split('\u0000')[1]!;
    out.push({ field: 'points', value: `${point.names.join('、')}：“${sentence}”`, paragraphs: [point.p], why: `第${point.p}段，所接受的${point.names.join('、')}的证据所在的分句` });
  }
  return out;
}

/** The purpose line: methods done are learnt “how”, methods the text only urges are said to be urged, not done. */
function purposeOf(place: string | undefined, names: readonly string[], urged: readonly string[]): string {
  const done = names.filter((n) => !urged.includes(n));
  const how = done.length ? `认识${done.join('、')}怎样做` : '';
  const proposal = urged.length ? `${urged.join('、')}是文中的倡议，尚非已做的事` : '';
  return `以${place ?? '本案'}${done.length ? '的做法' : '的文章'}为例，${[how, proposal].filter(Boolean).join('；')}。`;
}

/** The teaching file ingest's draft gets: the proposals, an empty purpose and points to fill, and the questions left to the editor. */
export function teachingFileText(proposals: readonly TeachingProposal[]): string {
  const doc = new Document({ proposals: proposals.map((x) => ({ field: x.field, value: x.value, paragraphs: x.paragraphs, why: x.why })), purpose: '', questions: [], points: [] });
  // One proposal a line, as a draft's proposals stand.
  for (const item of (doc.get('proposals') as YAMLSeq<YAMLMap>).items) item.flow = true;
  return [
    '# 教学札记（编者撰写）。只依据本案原文；段号指 /cases/<id>/#p<n>。',
    '# proposals 是程序据已接受的证据拟的教学目的和分析要点：npm run accept -- 本文件（列出）| --all | --accept 1 3 | --reject 2。',
    '# 接受后照样可以改写文字；分析要点 3–6 条。思考题（questions，3–5 题，以？结尾，各注段号）由编者撰写，程序不代拟。',
    // A blank line makes these the file's comments, not the proposals' (which go once answered).
    '',
    doc.toString({ lineWidth: 0 }),
  ].join('\n');
}

export class TeachingProposalError extends Error {}

/** Applies accepted teaching proposals to the file's fields: a purpose fills an empty purpose, a point is added to the points. */
export function applyTeaching(map: YAMLMap<string, unknown>, x: { n: number; field: string; value: string; paragraphs: number[] }, file: string): void {
  if (x.field === 'purpose') {
    const current = map.get('purpose');
    if (typeof current === 'string' && current.trim() && current !== x.value) throw new TeachingProposalError(`${file}: proposal ${x.n} (purpose): purpose is already “${current}”; delete it or reject this proposal`);
    map.set('purpose', x.value);
    return;
  }
  if (x.field !== 'points') throw new TeachingProposalError(`${file}: proposal ${x.n}: field “${x.field}” is neither purpose nor points`);
  if (!x.paragraphs.length) throw new TeachingProposalError(`${file}: proposal ${x.n} (points): names no paragraph`);
  const points = map.get('points');
  const seq = isSeq(points) ? points : new YAMLSeq();
  // The file's empty `points: []` becomes a block list once it holds a point.
  if (seq.items.length === 0) seq.flow = false;
  const item = new YAMLMap<string, unknown>();
  item.set('text', x.value);
  const ps = new YAMLSeq<number>();
  ps.flow = true;
  ps.items.push(...x.paragraphs);
  item.set('paragraphs', ps);
  seq.items.push(item);
  map.set('points', seq);
}
