/**
 * One input file → what ingest reports and drafts from it: the reader's
 * extraction, the analysis, and every block that went to no draft body.
 * `npm run ingest`, the measuring script and the annotated-fixture tests all
 * go through here, so what they judge is what editors get.
 */
import path from 'node:path';
import { loadRegionIndex } from '../node/region-index.ts';
import { contentWords } from '../node/similarity.ts';
import { readMethodMentions, readThemes } from '../node/taxonomy.ts';
import { analyseDocument, type AnalysedDocument, type Draft, type Vocabulary } from './document.ts';
import type { ExtractedDocument } from './extracted.ts';
import type { LeftBlock } from './left-blocks.ts';
import { DecodeError } from './decode.ts';
import { readInput } from './read/index.ts';
import { loadLibrary, publishedTwin } from './library.ts';
import { inChinese } from '../check-messages.ts';
import { storedTextMessage, storedTextOf, type StoredText } from '../node/stored-texts.ts';

export interface IngestedInput {
  extracted: ExtractedDocument;
  doc: AnalysedDocument;
  /** Everything of the input in no draft body: what the reader left out of the text, then what the analysis left out of the bodies. */
  left: LeftBlock[];
  /** Drafts whose text the library keeps but publishes no case from (a withdrawn case received again; stored-texts.ts), when a content folder was given. */
  stored: ReadonlyMap<Draft, StoredText>;
}

/** The methods, themes and regions a content folder's taxonomy gives the analysis. */
export function loadVocabulary(contentDir: string): Vocabulary {
  const root = path.resolve(contentDir);
  const themes = readThemes(root).map((t) => ({
    id: t.id,
    name: t.name,
    keywords: [...new Set([...contentWords(t.name), ...contentWords(t.description)])],
  }));
  return { methods: readMethodMentions(root), themes, regions: loadRegionIndex(), library: loadLibrary(root) };
}

/**
 * Formats whose text is a publication's own typed text: a web page as the site
 * serves it. Word, OFD and spreadsheet files editors receive are often retyped
 * or converted from scans (an editor's trial found 人户 and 臣务 in a Word
 * witness), so the misread-character guesses stay on for them.
 */
const BORN_DIGITAL: ReadonlySet<ExtractedDocument['format']> = new Set(['html', 'mhtml', 'markdown']);

/**
 * Formats whose paragraphs are marked by the author's markup (a web page's block elements and <br><br>; the web
 * reader splits at a single <br> only where the text shows a paragraph end): a missing stop there is the author's.
 * Plain text, PDF and OCR lines may be a layout's; Word and OFD files are often converted from PDF or scans a line a
 * paragraph, so theirs are read as lines too.
 */
const MARKED_PARAGRAPHS: ReadonlySet<ExtractedDocument['format']> = new Set(['html', 'mhtml']);

/**
 * Why a file with tables may give no case: a table's rows and cells are never a case's title (attachments.ts), so an
 * article laid out wholly in a table, as some Word files are, has none; the editor is told where and what to do.
 */
function tablesNote(tables: ExtractedDocument['tables']): string {
  if (!tables?.length) return '';
  const where = tables.map((t) => (t.first === t.last ? `${t.first}` : `${t.first}-${t.last}`)).join(', ');
  return `: the file has ${tables.length} table(s) (lines ${where} of the extracted text), whose rows and cells are never read as a case's title; if the article stands in a table, copy it out into plain paragraphs (Word or WPS) and ingest that`;
}

/**
 * `content`: the content folder whose stored raw texts the drafts are also
 * compared with (npm run ingest's --content); without it, only the published
 * cases of `vocab.library` are (a measure leaving a case out of the library
 * must not find it in its own source).
 */
export async function ingestInput(file: string, bytes: Uint8Array, vocab: Vocabulary, { content }: { content?: string } = {}): Promise<IngestedInput> {
  const extracted = await readInput(file, bytes);
  const bornDigital = BORN_DIGITAL.has(extracted.format);
  const doc = analyseDocument(extracted.text, vocab, extracted.meta, { headings: extracted.headings, ...(extracted.notes ? { notes: extracted.notes } : {}), ...(extracted.places ? { places: extracted.places } : {}), ...(extracted.tables ? { tables: extracted.tables } : {}), ...(extracted.rules ? { rules: extracted.rules } : {}), ...(extracted.looks ? { looks: extracted.looks } : {}), ...(extracted.left ? { readerLeft: extracted.left } : {}), bornDigital, markedParagraphs: MARKED_PARAGRAPHS.has(extracted.format) });
  if (doc.drafts.length === 0) throw new DecodeError(`${file}: no case text found (no title line followed by body text)${tablesNote(extracted.tables)}`);
  const stored = new Map<Draft, StoredText>();
  for (const d of doc.drafts) {
    const twin = vocab.library ? publishedTwin(d.raw.join(''), vocab.library) : undefined;
    const kept = !twin && content ? storedTextOf(d.raw.map((text) => ({ text })), content) : undefined;
    if (kept) {
      stored.set(d, kept);
      d.flags.unshift(`${inChinese(storedTextMessage(kept, 'draft.mdx'))}（npm run collate -- 本草稿 --with ${kept.sourceId}）`);
    }
    if (!twin) continue;
    d.published = twin;
    d.flags.unshift(`与已发表案例 ${twin.id}（${twin.title}）正文${twin.same ? '相同' : `高度相似（${Math.round(twin.similarity * 100)} %）`}：请勿重复发表；若是同一篇的另一个本子，对校两本并记录（npm run collate -- 本草稿 --with ${twin.id}，content/README.md 第 11 节）`);
  }
  // A paged article's draft holds one page: the editor must see that where the draft is checked.
  if (extracted.continues) for (const d of doc.drafts) d.flags.unshift(`文章未完：原网页分页，本稿只含此页，下一页在 ${extracted.continues}`);
  return { extracted, doc, left: [...(extracted.left ?? []), ...(doc.left ?? [])], stored };
}
