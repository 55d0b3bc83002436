/**
 * A jump (转版): a paper or 简报 breaks an article off at the foot of a page with a line naming where it goes on
 * (（下转第2页）, （转第四版）) and opens the continuation with a line naming where it came from (（上接第1页）, （接第一版）).
 * Between the two stand other articles (a boxed item on page 1). The jump lines are the printer's furniture; the
 * continuation is the text of the article that jumped, wherever the reading order puts it.
 */
import type { Paragraph, Span } from './case-start.ts';

const PAGE = '(?:\\d{1,3}|[一二三四五六七八九十]{1,3})';
const JUMP_OUT = new RegExp(`^[（(]\\s*(?:下转|转至|转)\\s*第?\\s*${PAGE}\\s*[版页面][)）]$`, 'u');
const JUMP_IN = new RegExp(`^[（(]\\s*(?:上接|接上|接)\\s*第?\\s*${PAGE}\\s*[版页面][)）]$`, 'u');

/** One jump: the article's span, its 下转 line, and the 上接 line that opens its continuation (indices of `ps`). */
export interface Jump {
  span: Span;
  out: number;
  in: number;
}

/**
 * Each 下转 line inside a case's body with the first 上接 line after it that stands in another case's span: that
 * span ends before the 上接 line, and the case that jumped runs on to where that span ended. The paragraphs from the
 * 下转 line to the 上接 line are no text of the case that jumped (the case's `skip`): the jump lines and the articles
 * printed between. Spans are changed in place; the jumps made are returned.
 */
export function joinJumps(ps: readonly Paragraph[], spans: Span[]): Jump[] {
  const jumps: Jump[] = [];
  const spanOf = (i: number) => spans.find((s) => i >= s.start && i < s.end);
  ps.forEach((p, out) => {
    if (!JUMP_OUT.test(p.text.trim())) return;
    const from = spanOf(out);
    if (!from || from.skip || out <= from.titleIndex) return;
    const at = ps.findIndex((q, k) => k > out && JUMP_IN.test(q.text.trim()) && !jumps.some((j) => j.in === k));
    const to = at >= 0 ? spanOf(at) : undefined;
    if (!to || to === from || to.start <= out) return;
    from.end = to.end;
    from.skip = [out, at];
    to.end = at;
    jumps.push({ span: from, out, in: at });
  });
  return jumps;
}
