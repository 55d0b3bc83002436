import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';
import { testedBuild } from './scripts/test-builds.mjs';
import { firstInstalled } from './scripts/test-browser.mjs';

/**
 * A port no one listens on now: fixed ports collided when two checkouts
 * tested at once. Chosen once, in the runner, and handed to its workers (which
 * load this file again) and to the specs that start servers beside it
 * (E2E_PORT + n) through the environment.
 */
function freePort(): string {
  const script = "const s=require('node:net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' });
}
process.env.E2E_PORT ??= freePort();
// nginx with the shipped configuration (deploy/nginx/cases.conf) serves the same build for the smoke test (smoke.spec.ts reads the port).
process.env.E2E_NGINX_PORT ??= freePort();
const PORT = Number(process.env.E2E_PORT);
const NGINX_PORT = Number(process.env.E2E_NGINX_PORT);
// scripts/run-tests.mjs finds a browser and passes it here; a spec run by
// hand finds Debian's headless shell or Chromium the same way
// (scripts/test-browser.mjs), and only without either Playwright's own download.
const executablePath = process.env.CHROMIUM_PATH || firstInstalled();
// The build served: the fixture library's (dist-fixture/) for e2e and nginx,
// the real library's (dist/) for the quality sweeps; TEST_BUILD says which
// (scripts/run-tests.mjs sets it, scripts/test-builds.mjs owns the folders).
const { dist } = testedBuild();

export default defineConfig({
  // "e2e" is the browser tier of `npm test`: what needs a browser, on one page
  // per template of the fixture library's build, and the smoke test against
  // both servers below (smoke.spec.ts). "quality" holds the
  // whole-site sweeps of the real library, which grow with it: `npm run
  // test:quality` (TEST_BUILD=site), run by CI after `npm test`.
  // "pipeline" holds the desk's whole pipeline: a compilation dropped,
  // answered and published (the @publish test), then built and searched (the
  // @build test); run by `npm run test:quality` beside the sweeps, so CI keeps
  // both and the everyday loop pays for neither. @publish ran in both
  // projects, so CI ran it twice: at about 100 s of a loaded worker it was the
  // browser tier's longest test. The desk's other browser tests stay in "e2e".
  projects: [
    { name: 'e2e', testDir: 'tests/e2e', grepInvert: /@build|@publish/ },
    { name: 'quality', testDir: 'tests/quality' },
    { name: 'pipeline', testDir: 'tests/e2e', testMatch: 'desk.spec.ts', grep: [/@publish/, /@build/] },
  ],
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      // --disable-gpu-rasterization: Debian's /usr/bin/chromium (the full
      // browser, used when the headless shell is not installed) adds
      // --enable-gpu-rasterization (/etc/chromium.d/default-flags), and with no
      // GPU headless Chromium then rasterises through its software GPU
      // (SwiftShader), which cost the accessibility spec about 15 % more
      // CPU-seconds (median of two runs each, 44.1 against 37.6). No test here
      // compares pixels; layout, focus and axe do not depend on how tiles are
      // drawn.
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu-rasterization'],
    },
  },
  webServer: [
    {
      // The production build, served the way `npm start` serves it.
      command: `node scripts/serve-dist.mjs --host 127.0.0.1 --port ${PORT} --dir ${dist}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // As a deployment serves it (installs Debian's nginx when missing and run as root).
      command: `node scripts/serve-deploy.mjs --server nginx --host 127.0.0.1 --port ${NGINX_PORT} --dir ${dist}`,
      url: `http://127.0.0.1:${NGINX_PORT}/`,
      reuseExistingServer: false,
      timeout: 180_000,
      // Playwright SIGKILLs a web server's process group by default, which left
      // serve-deploy's temporary nginx prefix (/tmp/cases-nginx-*) behind on
      // every run: stop it with SIGTERM so it stops nginx and removes the folder.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
  ],
});
