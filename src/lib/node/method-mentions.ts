/**
 * Every mention of a method's name or alias in a case body is accounted for
 * on the method's page: the case is tagged with the method (its passage is
 * shown), or the editors list the paragraph as a passing mention (case
 * `passing`: shown under 也提到). A mention that is neither is an error that
 * names the case, the paragraph and the method.
 */
import type { Method } from '../../schemas/taxonomy.ts';
import { methodSpellings } from '../methods.ts';

/** What a mention is looked up by: the method's own name and aliases. */
type Spelled = { id: string; name: string; aliases: readonly string[] };

export interface Mention<M extends Spelled = Method> {
  method: M;
  p: number;
  /** The spelling found (longest first, so 群众批评日记 wins over 日记-like parts). */
  term: string;
}

/** Mentions of each method in a case's numbered paragraphs, one per method and paragraph. */
export function findMentions<M extends Spelled>(methods: readonly M[], paragraphs: ReadonlyArray<{ p: number; text: string }>): Array<Mention<M>> {
  const out: Array<Mention<M>> = [];
  for (const para of paragraphs) {
    for (const method of methods) {
      const term = methodSpellings(method)
        .sort((a, b) => b.length - a.length)
        .find((t) => para.text.includes(t));
      if (term) out.push({ method, p: para.p, term });
    }
  }
  return out;
}

export class UnaccountedMentionError extends Error {}

/**
 * The case's mentions split into passing ones (listed by the editors) and
 * the rest; throws for a mention of an untagged method the editors did not
 * list, and for a listed paragraph that does not name the method.
 */
export function passingMentions(
  file: string,
  data: { methods: readonly string[]; passing?: Readonly<Record<string, readonly number[]>> },
  mentions: readonly Mention[],
): Mention[] {
  const passing = data.passing ?? {};
  const problems: string[] = [];
  const out: Mention[] = [];
  for (const m of mentions) {
    if (data.methods.includes(m.method.id)) continue;
    if (passing[m.method.id]?.includes(m.p)) out.push(m);
    else problems.push(`${file}: p${m.p} names the method “${m.method.name}” (${m.method.id}) as “${m.term}”, but the case neither tags it (methods) nor lists it as a passing mention (passing.${m.method.id}: [${m.p}])`);
  }
  for (const [id, ps] of Object.entries(passing)) {
    for (const p of ps) {
      if (!mentions.some((m) => m.method.id === id && m.p === p)) problems.push(`${file}: passing.${id} lists p${p}, which does not name that method`);
    }
  }
  if (problems.length > 0) throw new UnaccountedMentionError(problems.join('\n'));
  return out;
}
