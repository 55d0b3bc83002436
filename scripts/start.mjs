/**
 * `npm start`: builds the production site (npm run build), then serves dist/
 * at http://127.0.0.1:4321/ (npm run preview).
 */
import { spawnSync } from 'node:child_process';
import { exitWithUsageOnHelp } from './usage.mjs';

exitWithUsageOnHelp(`
Usage: npm start

Builds the production site (npm run build) and serves dist/ at
http://127.0.0.1:4321/ (npm run preview). To serve an existing build on
another port: npm run preview -- --port 8000.`);

for (const script of ['build', 'preview']) {
  const run = spawnSync('npm', ['run', script], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
