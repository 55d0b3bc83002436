/**
 * npm run desk -- [--port P] [--content DIR] [--work DIR]
 *
 * The editor's desk (编辑台) in a browser, on 127.0.0.1 only: drop received
 * documents, read each ingest report, answer proposals, record readings,
 * write the editors' fields, check and publish (src/lib/node/desk-server.ts).
 * It writes only into the content folder (publishing) and its work folder.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { readArgs } from './usage.mjs';
import { formatsInChinese } from './ingest-usage.ts';

const USAGE = `Usage: npm run desk -- [--port P] [--content DIR] [--work DIR]
用法：启动编辑台（只在 127.0.0.1 上），在浏览器中打开打印出的地址。
  --port     port on 127.0.0.1 (default 4400)
  --content  the content folder publishing writes into (default content/, or $CONTENT_DIR)
  --work     the desk's work folder: received files, drafts, reports (default .desk/)`;

const { values } = readArgs(USAGE, { options: { port: { type: 'string', default: '4400' }, content: { type: 'string' }, work: { type: 'string', default: '.desk' } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`error: --port ${values.port}: not a port number (1–65535)\n${USAGE}`);
  process.exit(1);
}
// The desk's modules (the server, the ingest pipeline, the schemas, the bundler) are loaded only now, so
// that --help and a bad option are answered at once rather than after 1.5–2 CPU-seconds of imports.
const { z } = await import('astro/zod');
const { bundleDeskScript, createDeskServer } = await import('../src/lib/node/desk-server.ts');
const { contentDir } = await import('../src/lib/node/raw-source.ts');
// The schemas' own messages in Chinese, by zod's locale, in the desk's process only: the sixth trial read
// “Invalid input: expected string, received undefined” inside a Chinese message; the terminal keeps English.
z.config(z.locales.zhCN());
const content = values.content ? path.resolve(values.content) : contentDir();
const work = path.resolve(values.work);
mkdirSync(work, { recursive: true });
const server = createDeskServer({ content, work }, { script: await bundleDeskScript(), formats: formatsInChinese() });
server.on('error', (error) => {
  console.error(`error: cannot listen on 127.0.0.1:${port}: ${(error as NodeJS.ErrnoException).code ?? error.message}`);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  console.log(`编辑台 desk: http://127.0.0.1:${port}/  (content ${content}, work folder ${work}; Ctrl+C stops it)`);
});
