/**
 * `npm run ingest`'s usage, apart from the command so that its bin
 * (scripts/ingest.ts) answers --help without loading the pipeline.
 */
export const INGEST_USAGE = `Usage: npm run ingest -- <file or folder>… --out <dir> [--json] [--force] [--dry-run] [--id <id>] [--content <dir>]
Formats read: .docx .doc .odt .ott (LibreOffice template) .rtf .pdf (with a text layer) .ofd .xlsx .html .htm .xhtml .mhtml .mht .eml (a saved mail: its attachments, or its text) .txt .text .md .markdown`;
