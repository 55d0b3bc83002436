import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';

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
// nginx with the shipped configuration (deploy/nginx/cases.conf) serves the same build for the smoke test.
process.env.E2E_NGINX_PORT ??= freePort();
const PORT = Number(process.env.E2E_PORT);
const NGINX_PORT = Number(process.env.E2E_NGINX_PORT);
// scripts/run-tests.mjs finds a browser and passes it here; without it
// Playwright uses its own download.
const executablePath = process.env.CHROMIUM_PATH || undefined;

export default defineConfig({
  // "e2e" is the browser tier of `npm test`: what needs a browser, on one page
  // per template; "nginx" runs its smoke test against nginx with the shipped
  // configuration (deploy/). "quality" holds the whole-site sweeps, which grow with the
  // library: `npm run test:quality`, run by CI after `npm test`.
  projects: [
    { name: 'e2e', testDir: 'tests/e2e' },
    { name: 'nginx', testDir: 'tests/e2e', testMatch: 'smoke.spec.ts', use: { baseURL: `http://127.0.0.1:${NGINX_PORT}` } },
    { name: 'quality', testDir: 'tests/quality' },
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
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: [
    {
      // The production build, served the way `npm start` serves it.
      command: `node scripts/serve-dist.mjs --host 127.0.0.1 --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // As a deployment serves it (installs Debian's nginx when missing and run as root).
      command: `node scripts/serve-deploy.mjs --server nginx --host 127.0.0.1 --port ${NGINX_PORT}`,
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
