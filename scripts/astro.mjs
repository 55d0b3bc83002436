/**
 * `npm run dev` and `npm run check`: Astro's own command with every argument
 * passed through; `--help` prints a `Usage:` line (Astro's own help has none)
 * without loading Astro.
 *
 *   node scripts/astro.mjs <dev|check> [astro flags]
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { exitWithUsageOnHelp } from './usage.mjs';

const [command = '', ...args] = process.argv.slice(2);
exitWithUsageOnHelp(
  {
    dev: 'Usage: npm run dev -- [astro dev flags]\n\nStarts Astro\'s dev server (http://localhost:4321/). Astro\'s flags: npx astro dev --help.',
    check: 'Usage: npm run check -- [astro check flags]\n\nType-checks the .ts and .astro files (astro check). Astro\'s flags: npx astro check --help.',
  }[command] ?? `Usage: node scripts/astro.mjs <dev|check> [flags]`,
  args,
);
const astro = path.join(import.meta.dirname, '..', 'node_modules', 'astro', 'bin', 'astro.mjs');
const run = spawnSync(process.execPath, [astro, command, ...args], { stdio: 'inherit' });
process.exit(run.status ?? 1);
