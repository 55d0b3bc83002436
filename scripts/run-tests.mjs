#!/usr/bin/env node
/**
 * `npm test`: every test, in order, against a fresh production build.
 *   1. find or obtain a Chromium for Playwright (and say which)
 *   2. unit, content-fidelity, plugin and build-failure tests (Vitest)
 *   3. type check (astro check)
 *   4. production build (npm run build: astro build, then the search index)
 *   5. end-to-end tests in Chromium against dist/ served statically (Playwright)
 * Stops at the first failing step with its exit code.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const bin = (name) => path.join('node_modules', '.bin', name);

function run(label, command, args, env = {}) {
  console.log(`\n━━ ${label}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✗ ${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

function version(exe) {
  const r = spawnSync(exe, ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** A Chromium that Playwright can drive: given, installed, from Debian, or Playwright's own. */
function findBrowser() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  for (const exe of candidates) {
    if (exe && existsSync(exe) && version(exe)) return exe;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found; installing Debian\'s chromium package with apt-get (running as root).');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    if (existsSync('/usr/bin/chromium') && version('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  console.log('No system Chromium; trying Playwright\'s own download (npx playwright install chromium).');
  const r = spawnSync(bin('playwright'), ['install', 'chromium'], { stdio: 'inherit' });
  if (r.status === 0) return '';
  console.error('✗ No browser: install Chromium (apt-get install chromium) or set CHROMIUM_PATH.');
  process.exit(1);
}

const browser = findBrowser();
console.log(`Browser for end-to-end tests: ${browser ? `${browser} (${version(browser)})` : "Playwright's downloaded Chromium"}`);

const env = { ASTRO_TELEMETRY_DISABLED: '1' };
run('unit, fidelity, plugin and build-failure tests', bin('vitest'), ['run'], env);
run('type check', bin('astro'), ['check'], env);
run('production build', 'npm', ['run', 'build'], env);
run('end-to-end tests in Chromium', bin('playwright'), ['test'], { ...env, CHROMIUM_PATH: browser });
console.log('\n✓ All test steps passed.');
