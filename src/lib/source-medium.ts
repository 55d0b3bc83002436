/**
 * What the editors received a source as — a web page, a Word, PDF or OFD
 * file, a spreadsheet, a mail, a printed page — and the words the pages use
 * for it, so a Word file is never described as a web capture. Browser-safe.
 *
 * A mail is its own medium, not its attachment's: the original kept (and its
 * sha256) is the .eml as received, and the text is extracted from the mail
 * with its attachments, which the line numbers count in.
 */
export const MEDIA = ['web', 'word', 'pdf', 'ofd', 'spreadsheet', 'mail', 'print'] as const;
export type Medium = (typeof MEDIA)[number];

/** Originals by file extension; anything else (and no original: the raw file is the capture itself) is a web capture. */
const BY_EXTENSION: Record<string, Medium> = {
  docx: 'word', doc: 'word', rtf: 'word', wps: 'word', odt: 'word',
  pdf: 'pdf',
  ofd: 'ofd',
  xlsx: 'spreadsheet', xls: 'spreadsheet', et: 'spreadsheet', ods: 'spreadsheet', csv: 'spreadsheet',
  eml: 'mail',
  html: 'web', htm: 'web', mhtml: 'web', mht: 'web',
};

/** The source's medium: as the editors state it, else from its original's file type, else a web capture. */
export function mediumOf(source: { medium?: Medium | undefined; original?: { file: string } | undefined }): Medium {
  if (source.medium) return source.medium;
  const ext = source.original?.file.split('.').pop()?.toLowerCase() ?? '';
  return BY_EXTENSION[ext] ?? 'web';
}

export interface MediumWords {
  /** What the source is, e.g. 网页, Word 文档. */
  label: string;
  /** The text the case is taken from, as a reader may call it. */
  text: string;
  /** Said where the source has no URL, when the medium has one to miss (a file has none). */
  noUrl?: string;
}

export const MEDIUM_WORDS: Record<Medium, MediumWords> = {
  web: { label: '网页', text: '编者保存的网页抓取文本', noUrl: '原文网址未保存在抓取文本中。' },
  word: { label: 'Word 文档', text: '编者收存的 Word 文档所提取的文本' },
  pdf: { label: 'PDF 文件', text: '编者收存的 PDF 文件所提取的文本' },
  ofd: { label: 'OFD 文件', text: '编者收存的 OFD 文件所提取的文本' },
  spreadsheet: { label: '电子表格', text: '编者收存的电子表格所提取的文本' },
  mail: { label: '电子邮件', text: '编者收到的电子邮件及其附件所提取的文本' },
  print: { label: '纸本', text: '编者据纸本录入的文本' },
};
