/**
 * `npm run correct`'s usage, apart from the command so that its bin
 * (scripts/correct.ts) answers --help without loading the work.
 */
export const CORRECT_USAGE = `Usage: npm run correct -- <draft.mdx | case id> --p N <one reading> --note "校勘记" [--nth K] [--proposal N] [--raw FILE] [--content DIR]
       npm run correct -- <draft.mdx | case id>                 list the entries of corrections, numbered
       npm run correct -- <draft.mdx | case id> --remove N      take entry N out (a correction's paragraph gets its raw reading back; an omission's paragraphs go back into the text)
       npm run correct -- <draft.mdx | case id> --edit N --note "…"   rewrite entry N's note (the reading and the body stay)
       npm run correct -- <draft.mdx | case id> --omit P [--through Q] --role "…" [--note "…"]
                                      paragraphs P..Q are no text of the author (a compiler's 典型案例之二 or （湖北省）,
                                      a caption, 编者注, 页面杂项): they leave the body for one omit entry, verbatim, and
                                      every paragraph number after them moves up (proposals, evidence, the teaching note);
                                      --remove N on that entry puts them back
  one reading (p is the paragraph number npm run paragraphs shows; the words exactly as they stand there):
    --original 联户人社 --corrected 联户入社      capture damage (OCR, web capture): the body shows the corrected words
    --doubt 出1:600多人次                        a doubt: the words stay as they stand
    --doubt 同事 --original-error                the original's own slip: stays as printed, shown as 原文如此
    --lacuna 长宁                                missing text after these words: marked, never filled in
  --note       the 校勘记 readers see (why: “入”误作“人”，形近而误。); a correction of one character for another
               may leave it out: the note then says which (“入”误作“人”。); so may an original-error answering a
               doubt proposal: the note then says what was meant, from its flag, naming the misread words where the
               quote shows which they are (“深人”当作“深入”。, else 当作“入”。), as accept --original-error does
  --nth K      which occurrence, when the words stand more than once in the paragraph
  --proposal N the doubt proposal this answers (default: the one about the same words, if any)
  --role       with --omit: what the block is, in the editors' words (汇编者所加案例序号, 图片说明, 编者注, 页面杂项)
  --raw FILE   the raw text, when it is not beside the draft or in content/sources/raw/`;
