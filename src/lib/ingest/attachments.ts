/**
 * A 公文's attachments and the tables in them. A table the reader found (ExtractedDocument.tables) is a unit of the
 * document: its rows are never a broken line of prose to rejoin, nor a case's title. And where a 公文 sends several
 * cases as 附件, each opened by its label (附件2) and the sending office's furniture (a 推荐表 it filled in, the form's
 * title) before the case's own heading, everything from the label to the next case's heading block is that
 * attachment's front matter: it belongs to no case, and the report lists it line by line with its role.
 */
import { ATTACHMENT_LABEL, lastOf, type Paragraph, type Span } from './case-start.ts';

/** The analysed text's lines (after layout normalisation) that stand in a table of the document. */
export function tableLinesOf(tables: ReadonlyArray<{ first: number; last: number }> | undefined, lineMap: (line: number) => number | undefined): Set<number> {
  const out = new Set<number>();
  for (const t of tables ?? []) {
    for (let n = t.first; n <= t.last; n++) {
      const mapped = lineMap(n);
      if (mapped !== undefined) out.add(mapped);
    }
  }
  return out;
}

/** Why an attachment's label (附件2) is in no case, wherever it stands. */
export const ATTACHMENT_LABEL_REASON = '公文附件的标注（附件序号），不属案例正文';

/** A paragraph of an attachment's front matter, with why it is in no case. */
export interface FrontMatter {
  paragraph: Paragraph;
  reason: string;
}

/**
 * Cuts each attachment's front matter from the end of the case before it: in every case but the last, the first
 * attachment label after the case's heading block ends the case (spans are shortened in place). The label, the
 * table rows and the lines among them are returned in order, each with its reason. Only a document that sends its
 * cases as attachments (a label stands before its first case) is cut so: in a compilation whose cases are no 附件,
 * a label after a case's text opens that case's own attachment (a list it printed), which stays its text.
 */
export function cutAttachmentFronts(ps: readonly Paragraph[], spans: Span[], tableLines: ReadonlySet<number>): FrontMatter[] {
  const out: FrontMatter[] = [];
  if (!spans[0] || !ps.slice(0, spans[0].start).some((p) => ATTACHMENT_LABEL.test(p.text))) return out;
  spans.slice(0, -1).forEach((span) => {
    const from = lastOf(span) + 1;
    const label = ps.slice(from + 1, span.end).findIndex((p) => ATTACHMENT_LABEL.test(p.text));
    if (label < 0) return;
    const at = from + 1 + label;
    for (const p of ps.slice(at, span.end)) out.push({ paragraph: p, reason: reasonOf(p, p === ps[at], tableLines) });
    span.end = at;
  });
  return out;
}

function reasonOf(p: Paragraph, isLabel: boolean, tableLines: ReadonlySet<number>): string {
  if (isLabel) return ATTACHMENT_LABEL_REASON;
  if (tableLines.has(p.first)) return '公文附件所附表格（报送单位所填，如推荐表）的一行，不属案例正文';
  return '公文附件在案例标题之前的文字（表名、报送单位的说明等），不属案例正文';
}
