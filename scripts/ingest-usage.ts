/**
 * `npm run ingest`'s usage, apart from the command so that its bin
 * (scripts/ingest.ts) answers --help without loading the pipeline; and the
 * formats ingest reads, as the two places that tell an editor name them: this
 * usage and the desk's 收件 box (trial 22: .eml was missing at the desk). Which
 * reader takes each extension is src/lib/ingest/read/index.ts's; a test holds
 * this list to that one. Here, not under src/, so --help loads nothing (script-help.test).
 */
export interface InputFormat {
  /** Extensions, with their dot, as read/index.ts dispatches them. */
  extensions: readonly string[];
  /** What it is, in the help's English. */
  en?: string;
  /** What it is, as an editor calls it. */
  zh: string;
  /** Said after its extensions, in brackets. */
  zhNote?: string;
}

export const INPUT_FORMATS: readonly InputFormat[] = [
  { extensions: ['.docx', '.doc', '.odt', '.ott', '.rtf'], zh: 'Word、WPS、LibreOffice 文档' },
  { extensions: ['.pdf'], en: 'with a text layer', zh: 'PDF', zhNote: '带文字层' },
  { extensions: ['.ofd'], zh: 'OFD' },
  { extensions: ['.xlsx'], zh: 'Excel 征集汇总表' },
  { extensions: ['.html', '.htm', '.xhtml', '.mhtml', '.mht'], zh: '网页' },
  { extensions: ['.eml'], en: 'a saved mail: its attachments, or its text', zh: '邮件', zhNote: '读其附件，或其正文' },
  { extensions: ['.txt', '.text', '.md', '.markdown'], zh: '文本' },
];

/** The help's line: .docx .doc .pdf (with a text layer) … */
const formatsInEnglish = (): string => INPUT_FORMATS.map((f) => `${f.extensions.join(' ')}${f.en ? ` (${f.en})` : ''}`).join(' ');

/** The desk's words: Word .docx/.doc、PDF .pdf（带文字层）、… */
export const formatsInChinese = (): string => INPUT_FORMATS.map((f) => `${f.zh} ${f.extensions.join('/')}${f.zhNote ? `（${f.zhNote}）` : ''}`).join('、');

export const INGEST_USAGE = `Usage: npm run ingest -- <file or folder>… --out <dir> [--json] [--force] [--dry-run] [--id <id>] [--content <dir>]
Formats read: ${formatsInEnglish()}`;
