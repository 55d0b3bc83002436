#!/usr/bin/env node
/**
 * npm run accept -- <draft.mdx | source.yaml | draft.teaching.yaml>… [choices]
 *
 * The command's bin: what it does is scripts/accept-command.ts's.
 */
import { acceptCommand } from './accept-command.ts';

process.exitCode = acceptCommand(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
