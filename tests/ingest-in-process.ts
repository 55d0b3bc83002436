/**
 * `npm run ingest` run in the test's own process (scripts/ingest-command.ts,
 * what the bin runs), its output collected: a start-up of the command cost a
 * test about 3 s on an idle 2-core machine and 20 s under load. Shaped as the
 * desk's IngestRunner, so the desk's routes can be tested with it too.
 */
import { ingestCommand } from '../scripts/ingest-command.ts';
import type { IngestRun } from '../src/lib/node/desk-upload.ts';

export async function runIngestInProcess(args: string[]): Promise<IngestRun> {
  let stdout = '';
  let stderr = '';
  const status = await ingestCommand(args, { out: (text) => (stdout += text), err: (text) => (stderr += text) });
  return { status, stdout, stderr };
}
