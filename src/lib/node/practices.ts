/**
 * Named practices (content/taxonomy/practices.yaml) joined to the library:
 * which cases and methods each belongs to, and its definition quoted from the
 * case text. Checks what the schema cannot: every case listed uses the name
 * (or a spelling) in its text, and every quoted passage stands, word for word,
 * in the paragraph it names — a practice is never credited with words the
 * source does not hold.
 */
import { caseParagraphs } from '../case-mdx.ts';
import type { CasePractice, CaseView, PracticeView } from '../library/types.ts';
import { caseUrl, hash, methodUrl, paragraphId } from '../urls.ts';
import type { Method } from '../../schemas/taxonomy.ts';
import { PRACTICES_FILE, type Practice } from '../../schemas/practice.ts';
import { LibraryError } from './build-library.ts';


export function buildPractices(
  practices: readonly Practice[],
  input: {
    cases: ReadonlyArray<Pick<CaseView, 'id' | 'title'>>;
    methods: readonly Method[];
    bodies: ReadonlyMap<string, string>;
    /** Each body's numbered paragraphs, where the caller has them already (check:content): not parsed again. */
    paragraphs?: ReadonlyMap<string, ReadonlyMap<number, string>>;
  },
): PracticeView[] {
  const paragraphsOf = (id: string): ReadonlyMap<number, string> => input.paragraphs?.get(id) ?? new Map(caseParagraphs(input.bodies.get(id) ?? '').map((x) => [x.p, x.text]));
  const caseById = new Map(input.cases.map((c) => [c.id, { id: c.id, url: caseUrl(c.id), title: c.title }]));
  const methodById = new Map(input.methods.map((m) => [m.id, m]));
  const fail = (p: Practice, field: string, message: string) => new LibraryError(`${PRACTICES_FILE}, practice "${p.id}", field ${field}: ${message}`);
  const seenIds = new Set<string>();
  return practices.map((p) => {
    if (seenIds.has(p.id)) throw fail(p, 'id', 'duplicate id');
    seenIds.add(p.id);
    const spellings = [p.name, ...p.spellings];
    const cases = p.cases.map((id, i) => {
      const c = caseById.get(id);
      if (!c) throw fail(p, `cases[${i}]`, `unknown case id "${id}"`);
      const text = [...paragraphsOf(id).values()].join('\n');
      if (!spellings.some((s) => text.includes(s))) throw fail(p, `cases[${i}]`, `case "${id}" does not contain ${spellings.map((s) => `“${s}”`).join(' or ')}`);
      return c;
    });
    const methods = p.methods.map((id, i) => {
      const m = methodById.get(id);
      if (!m) throw fail(p, `methods[${i}]`, `unknown method id "${id}"`);
      return { id, name: m.name, url: methodUrl(id) };
    });
    let definition: PracticeView['definition'];
    if (p.definition) {
      const c = caseById.get(p.definition.case);
      if (!c || !p.cases.includes(p.definition.case)) throw fail(p, 'definition.case', `"${p.definition.case}" is not one of the practice's cases`);
      const paragraphs = paragraphsOf(c.id);
      const quotes = p.definition.quotes.map((q, i) => {
        const text = paragraphs.get(q.p);
        if (text === undefined) throw fail(p, `definition.quotes[${i}].p`, `case "${c.id}" has no paragraph ${q.p}`);
        if (!text.includes(q.text)) throw fail(p, `definition.quotes[${i}].text`, `“${q.text}” is not in paragraph ${q.p} of case "${c.id}"`);
        return { p: q.p, text: q.text, url: c.url + hash(paragraphId(q.p)) };
      });
      definition = { case: c, quotes };
    }
    return { practice: p, cases, methods, ...(definition ? { definition } : {}) };
  });
}

/** The practices that are a form of a method. */
export function practicesOfMethod(views: readonly PracticeView[], methodId: string): PracticeView[] {
  return views.filter((v) => v.practice.methods.includes(methodId));
}

/** The practices a case uses; each links to where the case defines it, else to its first method. */
export function practicesOfCase(views: readonly PracticeView[], caseId: string): CasePractice[] {
  return views
    .filter((v) => v.practice.cases.includes(caseId))
    .map((v) => ({
      id: v.practice.id,
      name: v.practice.name,
      url: v.definition?.case.id === caseId ? v.definition.quotes[0]!.url : v.methods[0]!.url,
      methods: v.methods,
    }));
}
