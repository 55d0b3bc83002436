/**
 * `npm run collate`'s usage, apart from the command so that its bin
 * (scripts/collate.ts) answers --help without loading the work.
 */
export const COLLATE_USAGE = `Usage: npm run collate -- <draft.mdx | case id>… --with <case id | draft.mdx | source id[:FIRST-LAST]> [--write --base given|with] [--content DIR]
  compares each given case or draft with the other witness, paragraph by paragraph (line breaks, spaces and
  punctuation width set aside), prints every difference with both readings and where each stands, and whether the
  two are identical, differ only by the recorded corrections, or differ; a variant gets a ready npm run correct line
  --with W        the other witness: a published case, a draft, or a source id (its raw text; the case's stretch is
                  found by its first and last words, or give the lines: jingyan-zuofa-xuanbian-zhailu:120-141)
  --write         write what content/README.md §11.3 records: a sentence in the about of both source entries naming
                  the other witness, how the two agree and which is the base text (never rewriting an editor's words)
  --base B        with --write: given (the drafts or cases given become the base text) or with (the other witness stays)`;
