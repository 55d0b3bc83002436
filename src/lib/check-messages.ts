/**
 * The check's messages (check:content, publish) an editor meets on a draft,
 * and the readers' warnings an ingest report gives, in one catalogue: each
 * kind in English for the terminal and in Chinese for the desk, with the same
 * named slots. A check writes its message with
 * `checkMessage(kind, slots)`; the desk reads a message back into its kind and
 * slots and says it in Chinese (`inChinese`), so the rule stays in the check
 * and each wording is written once. A message of a kind not listed here is
 * shown as the check wrote it.
 *
 * In a template `{name}` is a slot; in Chinese, `“{name}”` is set with
 * `quote()` (text.ts), so quoted words that hold quotation marks nest.
 */
import { quote } from './text.ts';

export const CHECK_MESSAGES = {
  'evidence-aim': {
    en: 'evidence.{id}: p{p} “{quote}” reads as an aim or exhortation (“{aim}”), not as a practice done; list the method under proposed, or cite words that describe it done; or answer why it stands (evidence.{id}.reason: …)',
    zh: '证据 evidence.{id}：第{p}段“{quote}”读来是目标、号召或计划（“{aim}”），不是已做的事；把此方法移作倡议（文中仅倡议），或另选写明已做的文字；或在“理由 reason”中答明它为何成立',
  },
  'evidence-list-item': {
    en: 'evidence.{id}: p{p} “{quote}” is a bare item of a 、-list of names; cite words that describe it (a method named only so goes under passing); or answer why it stands (evidence.{id}.reason: …)',
    zh: '证据 evidence.{id}：第{p}段“{quote}”只是顿号列举中的一项；另选叙述其做法的文字（只这样提到的方法应拒绝，记入顺带提及 passing）；或在“理由 reason”中答明它为何成立',
  },
  'evidence-reason-quotation': {
    en: 'evidence.{id}.reason: quotation “{quotation}” is not in the case',
    zh: '证据 evidence.{id} 的理由：引文“{quotation}”不在本案原文中',
  },
  'evidence-reason-unneeded': {
    en: 'evidence.{id}.reason: answers no warning (the quote is neither an aim nor a bare list item, or the tag is proposed); remove it',
    zh: '证据 evidence.{id} 的理由无所答（引文既非目标号召也非列举，或此方法已移作倡议）：删去理由',
  },
  'tag-no-evidence': {
    en: '{field}[{i}] {name}: no evidence (evidence.{id}: { p, quote }) and not marked proposed',
    zh: '{field}[{i}] {name}：没有证据（在正文中选取文字作证据），也未移作倡议',
  },
  'tag-evidence-no-paragraph': {
    en: '{field}[{i}] {name}: evidence p{p} does not exist (the case has {count} paragraphs)',
    zh: '{field}[{i}] {name}：证据所指第{p}段不存在（本案共 {count} 段）',
  },
  'tag-evidence-not-found': {
    en: '{field}[{i}] {name}: evidence p{p} quote “{quote}” not found in paragraph {p}',
    zh: '{field}[{i}] {name}：证据“{quote}”不在第{p}段中；在正文中重新选取',
  },
  'key-figure-quote': {
    en: 'keyFigures[{i}].quote: “{quote}” is not in the body word for word',
    zh: '关键数字 keyFigures[{i}]：引文“{quote}”与正文不一字相同；删去后以所选文字重新添加',
  },
  'years-not-in-body': {
    en: 'years[{i}]: {year} does not stand in the body; give only years the text states, or mark it (inferred.years: why)',
    zh: '年份 years[{i}]：{year} 不见于正文；只写原文写明的年份，或在“推定理由（年份）”中写明为何推定',
  },
  'author-role-not-in-text': {
    en: 'authors[{i}].role: “{role}” is not in the title, author lines or body; quote the source\'s words or mark it (roleInferred: why)',
    zh: '作者 authors[{i}] 的身份“{role}”不见于标题、署名或正文；照原文写，或注明推定（roleInferred：理由）',
  },
  'region-not-in-text': {
    en: 'region: {names} does not stand in the title, author lines or body; mark it (inferred.region: why)',
    zh: '地点 region：{names} 不见于标题、署名或正文；在“推定理由（地点）”中写明为何推定',
  },
  'level-finer-than-place': {
    en: 'level: {level} is finer than the place the case names ({precision}); name the place (region.township), say why (region.note) or mark it (inferred.level: why)',
    zh: '层级 level：“{level}”比本案所写的地点（{precision}）细；填写乡镇街道、在“地点说明”中说明，或在“推定理由（层级）”中写明',
  },
  'purpose-quotation': {
    en: 'purpose: quotation “{quotation}” is not in the case',
    zh: '教学目的：引文“{quotation}”不在本案原文中',
  },
  'half-width-punctuation': {
    en: '{field}: half-width punctuation; use ，；：？！',
    zh: '{field}：有半角标点；用全角 ，；：？！',
  },
  'item-paragraph-missing': {
    en: '{field}.paragraphs: paragraph {p} does not exist (the case has {count})',
    zh: '{field} 的段号：第{p}段不存在（本案共 {count} 段）',
  },
  'item-quotation-not-found': {
    en: '{field}: quotation “{quotation}” not found in paragraph{s} {ps}',
    zh: '{field}：引文“{quotation}”不在所注段落（{ps}）中',
  },
  'question-mark': {
    en: '{field}: a question ends with ？',
    zh: '{field}：思考题以“？”结尾',
  },
  'open-proposals': {
    en: '{count} open proposal(s): accept or delete each proposal (npm run accept -- {draft})',
    zh: '还有 {count} 条建议未处理：逐条接受或拒绝',
  },
  'flags-left': {
    en: '{count} “# 待核” line(s) not settled: {list} — record a reading as a correction, a doubt or a lacuna (npm run correct -- {draft} --p N …), or mark each one read: npm run accept -- {draft} --settle N (content/README.md §3)',
    zh: '还有 {count} 条待核未核：{list}。记为校正、存疑或脱文，或核过后点“标为已核”',
  },
  'no-teaching-notes': {
    en: 'no teaching notes: write {file} (content/README.md, 教学札记)',
    zh: '还没有教学札记：在“教学札记”中写教学目的、思考题和要点，保存',
  },
  'id-taken-same-title': {
    en: 'id “{id}” is taken by a case of the same title (cases/{other}: “{title}”); choose another id with --id, or, for a second witness of the same case, collate the two (npm run collate -- {draft} --with {id}) and see content/README.md §11',
    zh: 'id“{id}”已有同题的案例（cases/{other}：“{title}”）：另选一个 id；若是同一案例的另一来源（见证本），见编辑手册第 11 节',
  },
  'id-taken': {
    en: 'id “{id}” is taken by a different case (cases/{other}: “{title}”); choose another id with --id',
    zh: 'id“{id}”已被另一案例占用（cases/{other}：“{title}”）：另选一个 id',
  },
  // A withdrawn case's text received again (stored-texts.ts): ingest's report and publish say it in these words, as
  // content/README.md §11 does: collate, record, publish with the new text as base (no case is published from the old).
  'stored-text': {
    en: 'the library keeps this text (source {source}, lines {from}-{to}) but publishes no case from those lines: a case withdrawn by content/README.md §11 received again? As §11 says, collate the two (npm run collate -- {draft} --with {source}), record their relation with this text as base (the same with --write --base given), then publish this draft',
    zh: '本库已存有这篇文字（来源 {source} 第 {from}–{to} 行），但现无案例从这些行发表：可能是按编辑手册第 11 节撤下的案例又收到了。请按第 11 节与该来源对校两本，以新本为底本记下两本的关系，然后发表这份草稿',
  },
  'stored-text-former': {
    en: 'the library keeps this text (source {source}, lines {from}-{to}) but publishes no case from those lines: git history shows it published as “{former}”, deleted in commit {commit} (content/README.md §11, withdrawn). Collate the two (npm run collate -- {draft} --with {source}) and publish it again under its former id {former}: an id is only ever used for the same article',
    zh: '本库已存有这篇文字（来源 {source} 第 {from}–{to} 行），现无案例从这些行发表：git 记录显示它曾以“{former}”发表，在提交 {commit} 中删去（编辑手册第 11 节，撤下）。请按第 11 节与该来源对校两本，并仍用原 id“{former}”发表：同一个 id 以后只用于同一篇文章',
  },
  'former-id-other': {
    en: 'id “{id}”: this text was published as “{former}” (source {source}, lines {from}-{to}; deleted in commit {commit}), and an id is only ever used for the same article (URLs are permanent): give --id {former}, or leave --id out',
    zh: 'id“{id}”：这篇文字曾以“{former}”发表（来源 {source} 第 {from}–{to} 行；在提交 {commit} 中删去），同一个 id 以后只用于同一篇文章（网址永久不变）：在“案例 id”中改为“{former}”',
  },
  'source-proposals-open': {
    en: 'proposals: accept or delete each proposal (move the value into its field or delete the line)',
    zh: '来源条目还有未处理的建议（卷首的日期、编印单位）：在“来源条目”下逐条接受或拒绝',
  },
  'source-id-pattern': {
    en: 'source id “{id}”: use lower-case letters, digits and single hyphens (--source-id)',
    zh: '来源 id“{id}”：只用小写字母、数字和单个连字符，在“来源 id”中改写',
  },
  'source-id-taken': {
    en: 'source id “{id}” is taken in sources/sources.yaml by a different document (“{title}”); choose another with --source-id',
    zh: '来源 id“{id}”已被另一份文献（“{title}”）占用：在“来源 id”中另选一个',
  },
  'case-id-pattern': {
    en: 'id “{id}” is not a permanent id (lower-case letters, digits and single hyphens); rename the file or give --id',
    zh: 'id“{id}”不能作永久网址：只用小写字母、数字和单个连字符，在“案例 id”中改写',
  },
  'source-staff-compiler': {
    en: 'staff: “{staff}” is a compilation\'s compiler line, not a web page\'s editors; make the compiler the publication (accept the compiler proposal) and delete staff',
    zh: '来源条目的责任编辑 staff“{staff}”是汇编卷首的编印单位，不是网页的责任编辑：编印单位是刊载处（接受编印单位的建议，或写入“刊载处”），再清空“责任编辑”',
  },
  // The readers' warnings an ingest report gives (read/docx.ts writes them; the terminal prints them so): the desk shows them in Chinese.
  'word-numbering': {
    en: "{count} paragraph(s) numbered by Word's automatic numbering: their numbers ({numbers}…) are written into the text as Word shows them",
    zh: '有 {count} 段用的是 Word 的自动编号：编号（{numbers}…）已按 Word 显示的样子写入正文',
  },
  'word-numbering-unread': {
    en: "{count} paragraph(s) use Word's automatic numbering in a form not read, whose numbers are not part of the text: check them against the document",
    zh: '有 {count} 段用的是读不出的 Word 自动编号，编号不在正文中：请与原件核对',
  },
  'word-images': {
    en: '{count} image(s) in the document: text inside images (a pasted scan, a photographed notice) is not read',
    zh: '文档中有 {count} 张图片：图片里的文字（贴入的扫描件、拍照的通知）读不出来，不在正文中',
  },
  // mammoth's own messages, as read/docx.ts passes them on (type: message).
  'word-paragraph-style': {
    en: "warning: Unrecognised paragraph style: '{style}' (Style ID: {styleId})",
    zh: 'Word 的段落样式“{style}”（样式 ID {styleId}）无从识别：按普通段落读入，标题、编号请与原件核对',
  },
  // The two above, as the ingest report gives them: once, grouped, with what they mean for the editor (reader-warnings.ts).
  'word-styles': {
    en: "the Word file uses {count} style(s) the reader has no meaning for ({styles}); their text is kept word for word as plain paragraphs (mammoth's default), and each paragraph's role (title, byline, body, note) is judged from its words and position as in any text; what is in no draft body is listed below. Nothing to do unless a draft's title, byline or list numbers look wrong; then compare them with the original",
    zh: 'Word 文件用了 {count} 种阅读程序不认识的样式（{styles}）：其中的文字照常读入、一字不少，按普通段落处理；每段是标题、署名、正文还是注释，照样按文字和位置判断，不在草稿正文的都列在报告里。编者一般不用处理；只有草稿的标题、署名或编号看来不对时，才与原件核对',
  },
  'word-run-style': {
    en: "warning: Unrecognised run style: '{style}' (Style ID: {styleId})",
    zh: 'Word 的文字样式“{style}”（样式 ID {styleId}）无从识别：按普通文字读入',
  },
  // The other readers' warnings, as each reader writes them with checkMessage. Trial 21's editor read the .doc's
  // “save it as .docx” as an order to resave the original, which guide §1 forbids: the advice is a copy, and only if needed.
  'doc-legacy': {
    en: "legacy .doc: headings, bold and centred lines are not available from this format, so titles and bylines are judged from words and position; nothing to do unless a draft's title or byline looks wrong: then save a copy as .docx in Word or WPS (the .doc stays as received) and ingest the copy",
    zh: '旧式 .doc 文件读不出标题、加粗和居中等版式，标题、署名只凭文字和位置判断，一般不用处理；草稿的标题或署名看来不对时，用 Word 或 WPS 另存一份 .docx 副本（原件 .doc 照旧保存，一字不改），改收这份副本',
  },
  'word-revisions': {
    en: '{app} 修订 read as accepted: {insertions} tracked insertion(s) kept in the text, {deletions} tracked deletion(s) left out (listed below); if the document is not final, accept or reject the changes in {app} and ingest it again',
    zh: '{app} 修订按“全部接受”读入：{insertions} 处插入留在正文中，{deletions} 处删除不在正文中（列在下面）；文件若还不是定稿，先在 {app} 里接受或拒绝修订，再收件',
  },
  'word-comments': {
    en: '{count} {app} 批注 (comment(s)) left out of the text (listed below)',
    zh: '{count} 条 {app} 批注不在正文中（列在下面）',
  },
  'word-text-boxes': {
    en: '{count} text box(es) left out of the running text (listed below with the paragraph each is anchored in)',
    zh: '{count} 个文本框不在正文中（列在下面，注明各锚定在哪一段）',
  },
  'list-numbering': {
    en: "{count} paragraph(s) numbered by the document's list styles: their numbers ({numbers}…) are written into the text as the word processor shows them",
    zh: '有 {count} 段用的是文档列表样式的自动编号：编号（{numbers}…）已按文字处理软件显示的样子写入正文',
  },
  'mail-dates-differ': {
    en: "the mail's note is signed {signed} and the mail was sent {sent}: neither is taken as the source's date; check which the source has",
    zh: '邮件附言的落款日期 {signed} 与发送日期 {sent} 不同：两者都未取作来源日期，请核对原件',
  },
  'file-properties': {
    en: "file properties ({properties}): who saved the file and when, not taken as the article's byline or date",
    zh: '文件属性（{properties}）：这是保存文件的人和时间，不作为文章的署名或日期',
  },
  'pdf-side-boxes': {
    en: '{count} box(es) set beside the running text left out of it (listed below with their pages)',
    zh: '正文旁的 {count} 个方框（边栏）不在正文中（列在下面，注明页码）',
  },
  'pdf-blank-pages': {
    en: 'page(s) {pages} of {total} have no text layer (scanned or images only): their text is not in the draft; OCR them and add the text',
    zh: '共 {total} 页，第 {pages} 页没有文字层（扫描件或只有图片）：这几页的文字不在草稿中；先做文字识别（OCR），再补入',
  },
  'ofd-blank-pages': {
    en: 'page(s) {pages} of {total} have no text (scanned or images only): their text is not in the draft; OCR them and add the text',
    zh: '共 {total} 页，第 {pages} 页没有文字（扫描件或只有图片）：这几页的文字不在草稿中；先做文字识别（OCR），再补入',
  },
  'ofd-documents': {
    en: 'the OFD package holds {count} documents; only the first ({root}) is read',
    zh: 'OFD 文件包里有 {count} 份文档，只读了第一份（{root}）',
  },
  // Before ofd-created, whose {created} would read “… with …” whole.
  'ofd-created-with': {
    en: "OFD DocInfo: created {created} with {creator} (the file's date, not taken as the document's)",
    zh: 'OFD 文件信息：用 {creator} 创建于 {created}（这是文件的日期，不作为文章的日期）',
  },
  'ofd-created': {
    en: "OFD DocInfo: created {created} (the file's date, not taken as the document's)",
    zh: 'OFD 文件信息：创建于 {created}（这是文件的日期，不作为文章的日期）',
  },
  'web-running-text-outside': {
    en: '{count} paragraph(s) of running text outside the article were left out (first: "{first}…"): check that the page holds one article',
    zh: '文章之外有 {count} 段成段的文字没有读入（第一段：“{first}…”）：请核对这一页是否只有一篇文章',
  },
  'web-continues': {
    en: 'the article continues on another page ({next}): this draft holds this page only',
    zh: '文章在另一页还有下文（{next}）：本稿只有这一页的文字；把每一页都存下来一起收件',
  },
  'radicals-folded': {
    en: "康熙部首 {count} 处已按通用汉字读入（{pairs}）: the file's text layer maps these characters to radical code points",
    zh: '康熙部首 {count} 处已按通用汉字读入（{pairs}）：文件的文字层把这些字编成了部首的码位',
  },
  'invisible-dropped': {
    en: "不可见字符 {count} 处已删去（{kinds}）: the file's text carries format characters a reader does not see",
    zh: '不可见字符 {count} 处已删去（{kinds}）：文件的文字里有读者看不见的格式字符',
  },
  'xlsx-sheet-no-case': {
    en: 'sheet “{sheet}”: neither a case list (a header row with 案例名称 and 案例正文 columns) nor a form (案例名称 and 案例正文 fields); its {count} filled cell(s) are no case, listed below',
    zh: '工作表“{sheet}”既不是案例汇总表（表头有案例名称、案例正文两列），也不是申报表（有案例名称、案例正文两栏）：其中 {count} 个有内容的单元格不是案例，列在下面',
  },
  'xlsx-hidden-title-column': {
    en: "sheet “{sheet}”: the column {column} is hidden in the sheet; its cells are read as the cases' titles: check that the collector did not hide them to leave them out",
    zh: '工作表“{sheet}”的“{column}”一列是隐藏的，其中的单元格仍作案例的标题读入：请核对征集者是不是有意隐藏、不要这些内容',
  },
  'xlsx-hidden-text-column': {
    en: "sheet “{sheet}”: the column {column} is hidden in the sheet; its cells are read as the cases' text: check that the collector did not hide them to leave them out",
    zh: '工作表“{sheet}”的“{column}”一列是隐藏的，其中的单元格仍作案例的正文读入：请核对征集者是不是有意隐藏、不要这些内容',
  },
  'markdown-markers': {
    en: "Markdown 标记 {count} 处已按语法删去（{kinds}）: the note's markup is syntax, not text; each head, quote and list item is a paragraph of its own",
    zh: 'Markdown 标记 {count} 处已按语法删去（{kinds}）：这些是笔记的格式符号，不是文字；每个标题、引文和列表项各成一段',
  },
  'markdown-struck': {
    en: 'Markdown 删除线 (~~…~~): {count} struck-through passage(s) kept in the text as typed, {struck}; check with the original or the writer whether each was meant deleted or only marked, and record a deletion as a correction',
    zh: 'Markdown 删除线（~~…~~）划去的文字 {count} 处照录在正文：{struck}；划去的字是作者要删的，还是只作标记，请与原件或作者核对，要删的记一条校勘记',
  },
  'xlsx-text-without-title': {
    en: "sheet “{sheet}” row {row}: a text without a 案例名称: it is read after the previous case's text",
    zh: '工作表“{sheet}”第 {row} 行：有正文而没有案例名称，接在上一个案例的正文之后读入',
  },
  'xlsx-title-without-text': {
    en: 'sheet “{sheet}” row {row}: “{title}” has no text in its 案例正文 cell',
    zh: '工作表“{sheet}”第 {row} 行：“{title}”的案例正文一格是空的',
  },
  'xlsx-comment-only': {
    en: 'sheet “{sheet}” row {row}: a {column} with no 案例名称 and no 案例正文; it is listed, no case',
    zh: '工作表“{sheet}”第 {row} 行：只有“{column}”，没有案例名称和案例正文；列在报告里，不作案例',
  },
  'source-field': {
    en: '{field}: {issue} — fill it in before publishing',
    zh: '来源条目的 {field} 未填或不合要求（{issue}）：发布前填好',
  },
  // What the proposals missed, added by the editor (accept --add, the desk's 补充建议漏掉的).
  'add-not-in-taxonomy': {
    en: '{field}: “{value}” is no {noun} of the taxonomy (content/taxonomy/{field}.yaml)',
    zh: '“{value}”不在分类表 content/taxonomy/{field}.yaml 中',
  },
  'add-words-not-in-paragraph': {
    en: '{field}: “{quote}” does not stand in paragraph {p}, which reads “{start}…”; copy the words from npm run paragraphs -- {file}',
    zh: '“{quote}”不在第 {p} 段中：依据须是该段一字不差的原文（在正文中选取）',
  },
  'add-already-proposed': {
    en: '{field}: proposal {n} already proposes {value}; re-quote it (--edit {n} --p {p} --quote …) and accept it',
    zh: '建议 {n} 已提出“{value}”：在那条建议处点“用所选文字作证据”，再接受它',
  },
  'add-already-carried': {
    en: '{field}: the draft already carries {value} with evidence p{p} “{quote}”; add --replace to put these words in its place',
    zh: '本稿已有“{value}”，证据是第{p}段“{quote}”：要换用所选文字，先在“本稿已有”中删去它，再添加',
  },
  'add-figure-label': {
    en: "keyFigures: a key figure needs the editors' label (--label 说明)",
    zh: '关键数字要写编者的说明（label）',
  },
  'add-figure-label-proposed': {
    en: "keyFigures: a key figure needs the editors' label (--label 说明); its sentence proposes --label {label}",
    zh: '关键数字要写编者的说明（label）；此句可作“{label}”',
  },
  // The years an editor types (the desk's 实践年份, accept --set years): editor-fields.ts.
  'years-not-a-year': {
    en: 'years: “{value}” is not a year ({min}–{max}); write the years as 2024、2025',
    zh: '实践年份 years：“{value}”不是年份（{min}–{max}）；写作 2024、2025',
  },
  // A field the schemas require, left empty (content-checks.ts zodProblems): said as a field not filled in, never as zod's types.
  'field-empty': {
    en: '{field}: not filled in',
    zh: '{field.zh} 未填写：发布前填好',
  },
  'field-unchosen': {
    en: '{field}: not chosen; choose one of {values}',
    zh: '{field.zh} 未选：从 {values} 中选一个',
  },
  // The case schema's rule on methods (schemas/case.ts writes this message after “methods: ”), said in content/README.md §4.
  'methods-none': {
    en: 'methods: a case names at least one method it describes done, with words of the text as evidence; add one (accept --add methods:<id> --p N --quote …), or see content/README.md §4 when no method of the taxonomy fits',
    zh: '工作方法 methods：每个案例至少要有一个工作方法，以原文叙述其做法的文字为证据：在正文中选取这样的文字，在“补充建议漏掉的”中添加；分类表中没有合适的方法时，见编辑手册第 4 节',
  },
  // The teaching schema's counts (schemas/teaching.ts).
  'teaching-questions-count': {
    en: 'questions: give three to five questions',
    zh: '思考题 questions：写 3–5 个，每个以“？”结尾，注明所据段号',
  },
  'teaching-points-count': {
    en: 'points: give three to six points',
    zh: '分析要点 points：写 3–6 条，各注所据段号',
  },
} as const satisfies Record<string, { en: string; zh: string }>;

export type CheckMessageKind = keyof typeof CHECK_MESSAGES;

const SLOT = /\{(\w+)\}/g;
/** Slots that hold a number: an index, a paragraph, a count, a year. */
const NUMBERS = new Set(['i', 'p', 'count', 'year']);
/** Slots that hold another module's words (a schema's message) or a document's (struck-through passages), which may hold ': ' too. */
const FREE = new Set(['issue', 'struck']);

/** The English message of `kind` with its slots filled: what the terminal prints and the checks return. */
export function checkMessage(kind: CheckMessageKind, slots: Readonly<Record<string, string | number>>): string {
  return CHECK_MESSAGES[kind].en.replace(SLOT, (_, name: string) => String(slots[name] ?? `{${name}}`));
}

const escape = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/** What stands before a message: check:content's name, the file it is about (content/cases/x.mdx, a draft, a source entry). */
const AT = String.raw`(?:check:content: )?(?:[^\s:]+\.(?:mdx|ya?ml): )?`;

/** Each kind's English template as a pattern capturing its slots, after the file it names. */
const PATTERNS = (Object.keys(CHECK_MESSAGES) as CheckMessageKind[]).map((kind) => {
  const names: string[] = [];
  const parts = CHECK_MESSAGES[kind].en.split(SLOT);
  const source = parts.map((part, i) => {
    if (i % 2 === 0) return escape(part);
    // A slot used twice must read the same both times.
    if (names.includes(part)) return `\\k<${part}>`;
    names.push(part);
    if (NUMBERS.has(part)) return `(?<${part}>\\d+)`;
    if (FREE.has(part)) return `(?<${part}>.+?)`;
    // A slot never holds ': ', which separates the file, the field and the message, nor starts with a space.
    return `(?<${part}>(?! )(?:(?!: ).)+?)`;
  });
  return { kind, pattern: new RegExp(`^(?<at>${AT})${source.join('')}$`, 'su') };
});

/** The kind and slots of a message a check wrote, and what stands before it (the file it names); undefined for a kind not listed. */
export function readCheckMessage(message: string): { kind: CheckMessageKind; at: string; slots: Record<string, string> } | undefined {
  for (const { kind, pattern } of PATTERNS) {
    const m = pattern.exec(message);
    if (m?.groups) {
      const { at = '', ...slots } = m.groups;
      return { kind, at, slots };
    }
  }
  return undefined;
}

/** The editors' names of the fields a message may name (as the desk's forms label them): a Chinese template's `{field.zh}`. */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  title: '题名', summary: '摘要', level: '层级', kind: '体裁', methods: '工作方法', themes: '领域', region: '地点', years: '实践年份',
  purpose: '教学目的', questions: '思考题', points: '分析要点', publication: '刊载处', type: '来源类型', about: '编者说明',
};

/** `{name.zh}`: the field named in slot `name`, by its editors' name with the field's own beside it (层级 level). */
export const fieldName = (field: string) => (FIELD_NAMES[field] ? `${FIELD_NAMES[field]} ${field}` : field);

/** The message in Chinese, after the file it names; a message of a kind not listed, as the check wrote it. */
export function inChinese(message: string): string {
  const read = readCheckMessage(message);
  if (!read) return message;
  const text = CHECK_MESSAGES[read.kind].zh
    .replace(/\{(\w+)\.zh\}/g, (_, name: string) => fieldName(read.slots[name] ?? ''))
    .replace(/“\{(\w+)\}”/g, (_, name: string) => quote(read.slots[name] ?? ''))
    .replace(SLOT, (_, name: string) => read.slots[name] ?? '');
  return `${read.at}${text}`;
}
