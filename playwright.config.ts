import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4322);
// scripts/run-tests.mjs finds a browser and passes it here; without it
// Playwright uses its own download.
const executablePath = process.env.CHROMIUM_PATH || undefined;

export default defineConfig({
  // "e2e" is the browser tier of `npm test`: what needs a browser, on one page
  // per template. "quality" holds the whole-site sweeps, which grow with the
  // library: `npm run test:quality`, run by CI after `npm test`.
  projects: [
    { name: 'e2e', testDir: 'tests/e2e' },
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
  webServer: {
    // The production build, served the way `npm start` serves it.
    command: `node scripts/serve-dist.mjs --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
