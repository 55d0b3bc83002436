/** What a document states about itself, read from its structure or its 来源/作者/发布时间 lines. */
export interface DocumentMeta {
  publication?: string;
  date?: string;
  time?: string;
  url?: string;
  author?: string;
  staff?: string;
}
