/**
 * Which Chromium the tests drive, when CHROMIUM_PATH does not say: Debian's
 * headless shell (the chromium-headless-shell package: Chromium's own
 * headless_shell, the same Blink and V8 as /usr/bin/chromium without the full
 * browser's UI layers, what Playwright itself runs for headless tests) before
 * the full browser. On a 2-core machine the browser tier is bound by
 * Chromium's CPU, and the shell took about 30 % less of it on the same tests
 * (the accessibility and pages specs, one worker: 40 s instead of 56 s).
 * scripts/run-tests.mjs (which may also install one) and playwright.config.ts
 * (for a spec run by hand) both ask here.
 */
import { existsSync } from 'node:fs';

export const HEADLESS_SHELLS = ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium-headless-shell'];
export const FULL_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The first of `candidates` that is there and, if `works` is given, passes it. */
export function firstInstalled(candidates = [...HEADLESS_SHELLS, ...FULL_BROWSERS], works = () => true) {
  return candidates.find((exe) => exe && existsSync(exe) && works(exe));
}
