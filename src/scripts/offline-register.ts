/**
 * Registers the offline reader after the page has loaded (so it never
 * competes with the page) and asks it to keep this page with everything the
 * page loaded. Off when the reader turned offline reading off (/offline/).
 */
import type { WorkerMessage } from '../lib/offline/policy.ts';
import { OFFLINE_SETTING } from '../lib/offline/setting.ts';
import { SERVICE_WORKER_URL } from '../lib/urls.ts';

export function registerOffline(): void {
  let off = false;
  try {
    off = localStorage.getItem(OFFLINE_SETTING) === 'off';
  } catch {
    // Storage blocked: keep the default (on).
  }
  if (off || !('serviceWorker' in navigator)) return;
  // A few seconds after load: installing the worker (its script, then /offline/) never competes with reading.
  addEventListener('load', () => setTimeout(() => {
    navigator.serviceWorker
      .register(SERVICE_WORKER_URL)
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        const urls = [location.pathname, ...performance.getEntriesByType('resource').map((e) => e.name)];
        registration.active?.postMessage({ type: 'keep', urls } satisfies WorkerMessage);
      })
      .catch(() => {});
  }, 3000));
}
