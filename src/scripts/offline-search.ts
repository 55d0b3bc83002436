/**
 * The search page without a network: the search index is not kept offline
 * (it grows with the library), so say plainly that searching needs the network.
 */
import { ROUTES } from '../lib/urls.ts';

export function bindOfflineSearch(): void {
  const notice = document.querySelector<HTMLElement>('[data-search-offline]');
  if (!notice) return;
  const update = async () => {
    const cached = 'caches' in window && !!(await caches.match('/pagefind/pagefind.js'));
    notice.hidden = navigator.onLine || cached;
  };
  notice.querySelector('a')?.setAttribute('href', ROUTES.offline);
  addEventListener('online', () => void update());
  addEventListener('offline', () => void update());
  void update();
}
