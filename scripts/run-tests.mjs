#!/usr/bin/env node
/**
 * `npm test`: the everyday tiers, in order, against a fresh production build.
 *   1. find or obtain a Chromium for Playwright (and say which)
 *   2. unit, content-fidelity, plugin and build-failure tests (Vitest)
 *   3. production build of the fixture library (tests/fixtures/library) into
 *      dist-fixture/ (npm run build: astro build, the search index, deploy
 *      files), so that the tiers below never depend on what content/ holds
 *   4. end-to-end tests in Chromium against it served statically
 *      (Playwright project "e2e"), the smoke test among them also against
 *      nginx with the shipped configuration, with, beside them (their output
 *      shown when the browser tier ends):
 *   5. static checks of that build (Vitest, vitest.dist.config.ts), the shipped
 *      nginx and Caddy configurations serving it among them
 *
 * `npm run test:quality` (`--quality`, CI runs it after `npm test`): the type
 * check, then the whole-site sweeps of the real library, which grow with it
 * (Playwright project "quality": axe on every page, every page loads cleanly,
 * search quality, shard equivalence), and the pipeline tests, each of which
 * makes a production build of its own and so stays out of the everyday loop.
 *   1. find or obtain a Chromium
 *   2. the type check (astro check, TypeScript strict; also `npm run check`)
 *   3. the pipeline tests in Vitest (vitest.pipeline.config.ts, tests/pipeline/:
 *      a Word file ingested, completed, placed, built and searched; builds of
 *      content that stops the build at once, one defect a build, whose one
 *      build that npm test keeps is tests/build/schema-errors.test.ts)
 *   4. production build of content/ into dist/, only if dist/ is missing or
 *      older than a build input (so `npm start` and the sweeps share a build)
 *   5. the sweeps in Chromium against dist/, with Playwright project
 *      "pipeline" beside them (a compilation taken through the desk to a
 *      published case, that case built and searched: tests/e2e/desk.spec.ts's
 *      @publish and @build tests, which the e2e step of `npm test` leaves out)
 *
 * Which build each tier reads is scripts/test-builds.mjs's (TEST_BUILD).
 *
 * Stops at the first failing step with its exit code; says how long each took.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { BUILDS } from './test-builds.mjs';
import { FULL_BROWSERS, HEADLESS_SHELLS, firstInstalled } from './test-browser.mjs';
import { exitWithUsageOnHelp } from './usage.mjs';

exitWithUsageOnHelp(`
Usage: npm test            (the everyday tiers: unit, and a build of the fixture
                            library with its static and e2e tests)
       npm run test:quality (the type check, the pipeline tests, each with a build
                            of its own, and the whole-site sweeps in Chromium, on
                            the build of content/)

Finds or installs a Chromium for Playwright and says which. Takes no other
arguments; run one tier alone with npm run test:unit or npm run test:e2e.
`);

const bin = (name) => path.join('node_modules', '.bin', name);

const timings = [];

/**
 * Runs `command` in the background with its output held back, so that it can
 * overlap a step in the foreground; `await` the result, then `report()` it.
 */
function runBeside(label, command, args, env = {}) {
  console.log(`\n━━ ${label}: started beside the next step; its output is shown when that ends`);
  const started = performance.now();
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  const chunks = [];
  child.stdout.on('data', (d) => chunks.push(d));
  child.stderr.on('data', (d) => chunks.push(d));
  const done = new Promise((resolve) => {
    // Its own duration, not until its report: it may end long before the step beside it.
    const seconds = () => (performance.now() - started) / 1000;
    child.on('error', (error) => resolve({ status: null, signal: String(error), seconds: seconds() }));
    child.on('close', (status, signal) => resolve({ status, signal, seconds: seconds() }));
  });
  return {
    async report() {
      const { status, signal, seconds } = await done;
      console.log(`\n━━ ${label} (run beside the step above): ${[command, ...args].join(' ')}`);
      process.stdout.write(Buffer.concat(chunks));
      timings.push(`${label} ${seconds.toFixed(0)} s (beside)`);
      if (status !== 0) {
        console.error(`\n✗ ${label} failed (exit ${status ?? signal}) after ${seconds.toFixed(0)} s.`);
        process.exit(status || 1);
      }
    },
    stop: () => child.kill(),
  };
}

/** `run`, without blocking the event loop (so a step run beside it keeps draining its output). */
async function runAsync(label, command, args, env = {}) {
  console.log(`\n━━ ${label}: ${[command, ...args].join(' ')}`);
  const started = performance.now();
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const status = await new Promise((resolve) => {
    child.on('error', () => resolve(null));
    child.on('close', (code, signal) => resolve(code ?? signal));
  });
  const seconds = (performance.now() - started) / 1000;
  timings.push(`${label} ${seconds.toFixed(0)} s`);
  if (status !== 0) {
    console.error(`\n✗ ${label} failed (exit ${status}) after ${seconds.toFixed(0)} s.`);
    process.exit(typeof status === 'number' ? status : 1);
  }
}

function run(label, command, args, env = {}) {
  console.log(`\n━━ ${label}: ${[command, ...args].join(' ')}`);
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = (performance.now() - started) / 1000;
  timings.push(`${label} ${seconds.toFixed(0)} s`);
  if (result.status !== 0) {
    console.error(`\n✗ ${label} failed (exit ${result.status ?? result.signal}) after ${seconds.toFixed(0)} s.`);
    process.exit(result.status || 1);
  }
}

/** What `npm run build` reads: the site's build is stale when any of these is newer than it. */
const BUILD_INPUTS = ['src', 'content', 'public', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json', 'scripts/build.ts', 'scripts/index-search.ts'];

function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(entry, { recursive: true })) newest = Math.max(newest, statSync(path.join(entry, String(name))).mtimeMs);
  return newest;
}

/** Why the build in `dist` must be made again, or undefined when it is up to date. */
function staleBuild(dist) {
  // The search index is the build's last step: its presence means the build finished.
  const stamp = path.join(dist, 'pagefind', 'pagefind.js');
  if (!existsSync(stamp)) return `${dist}/ is missing or incomplete`;
  const built = statSync(stamp).mtimeMs;
  const newer = BUILD_INPUTS.find((entry) => newestMtime(entry) > built);
  return newer ? `${newer} changed since ${dist}/ was built` : undefined;
}

function version(exe) {
  const r = spawnSync(exe, ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

const firstWorking = (candidates) => firstInstalled(candidates, version);

/** Installs Debian packages when this runs as root on Debian; says whether apt-get ran. */
function aptInstall(packages) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  console.log(`Installing Debian's ${packages.join(' and ')} with apt-get (running as root).`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  spawnSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  return true;
}

/** A Chromium that Playwright can drive: given, Debian's headless shell or full browser (scripts/test-browser.mjs; installed if need be), or Playwright's own. */
function findBrowser() {
  const found = firstWorking([process.env.CHROMIUM_PATH, ...HEADLESS_SHELLS, ...FULL_BROWSERS]);
  if (found) return found;
  if (aptInstall(['chromium-headless-shell'])) {
    const installed = firstWorking([...HEADLESS_SHELLS, ...FULL_BROWSERS]);
    if (installed) return installed;
  }
  console.log('No system Chromium; trying Playwright\'s own download (npx playwright install chromium).');
  const r = spawnSync(bin('playwright'), ['install', 'chromium'], { stdio: 'inherit' });
  if (r.status === 0) return '';
  console.error('✗ No browser: install Chromium (apt-get install chromium-headless-shell) or set CHROMIUM_PATH.');
  process.exit(1);
}

const browser = findBrowser();
console.log(`Browser for end-to-end tests: ${browser ? `${browser} (${version(browser)})` : "Playwright's downloaded Chromium"}`);
if (FULL_BROWSERS.includes(browser)) console.log('(Debian\'s chromium-headless-shell package would take about 30 % less CPU in the browser tier.)');

const env = { ASTRO_TELEMETRY_DISABLED: '1' };
if (process.argv.includes('--quality')) {
  run('type check', bin('astro'), ['check'], env);
  run('pipeline tests (each with a build of its own)', bin('vitest'), ['run', '--config', 'vitest.pipeline.config.ts'], { ...env, CHROMIUM_PATH: browser });
  const { content, dist } = BUILDS.site;
  const reason = staleBuild(dist);
  // content/ is the build's default corpus: no CONTENT_DIR, so Astro keeps its usual cache (npm start's).
  if (reason) run(`production build of ${content}/ (${reason})`, 'npm', ['run', 'build', '--', '--outDir', dist], env);
  else console.log(`\n${dist}/ is newer than every build input: testing it as built.`);
  run('whole-site sweeps and the desk pipeline in Chromium', bin('playwright'), ['test', '--project=quality', '--project=pipeline'], { ...env, CHROMIUM_PATH: browser, TEST_BUILD: 'site' });
} else {
  // Every step here is bound by CPU on a 2-core machine: the unit tier keeps
  // both cores busy, and so does the browser tier (one Playwright worker keeps
  // one core busy, three quarters of it in Chromium), so the loop's time is its
  // CPU-seconds over two and only cutting work shortens it. The type check
  // (about 50 CPU-seconds) is in `npm run test:quality` for that reason: CI
  // still refuses a type error, and `npm run check` runs it alone. The browser
  // tier beside the unit tier was tried and measured: at load 13–20 the unit
  // tier took 771 s instead of 326 s and three of its tests timed out
  // (tests-speed10). The static checks stay beside the browser tier: they are
  // short and mostly read files.
  await runAsync('unit, fidelity, plugin and build-failure tests', bin('vitest'), ['run'], env);
  const { content, dist } = BUILDS.fixture;
  const fixtureEnv = { ...env, TEST_BUILD: 'fixture' };
  run(`production build of the fixture library (${content}) into ${dist}/`, 'npm', ['run', 'build', '--', '--outDir', dist], { ...fixtureEnv, CONTENT_DIR: content });
  const staticChecks = runBeside(`static checks of ${dist}/`, bin('vitest'), ['run', '--config', 'vitest.dist.config.ts'], fixtureEnv);
  process.on('exit', staticChecks.stop);
  await runAsync('end-to-end tests in Chromium, and the smoke test on nginx', bin('playwright'), ['test', '--project=e2e'], { ...fixtureEnv, CHROMIUM_PATH: browser });
  await staticChecks.report();
}
console.log(`\n✓ All test steps passed (${timings.join(', ')}).`);
