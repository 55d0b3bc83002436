/**
 * /offline/ (also what the worker shows for an unvisited page without a
 * network): the pages kept on this device, the on/off setting and “save all”
 * with its size. Text goes in with textContent.
 */
import { CACHE_PREFIX, formatBytes, OFFLINE_PAGE, routeOf, SAVE_ALL_MANIFEST, type SaveAllManifest, type WorkerMessage } from '../lib/offline/policy.ts';
import { SERVICE_WORKER_URL } from '../lib/urls.ts';
import { OFFLINE_SETTING } from '../lib/offline/setting.ts';

async function keptPages(): Promise<Array<{ path: string; title: string }>> {
  if (!('caches' in window)) return [];
  const pages: Array<{ path: string; title: string }> = [];
  for (const key of (await caches.keys()).filter((k) => k.startsWith(CACHE_PREFIX))) {
    const cache = await caches.open(key);
    for (const request of await cache.keys()) {
      const path = new URL(request.url).pathname;
      // A short link kept with its case is the case's, not a page of its own.
      if (path === OFFLINE_PAGE || path.startsWith('/c/') || routeOf(path, false) !== 'page' || pages.some((p) => p.path === path)) continue;
      const html = (await (await cache.match(request))?.text()) ?? '';
      const title = new DOMParser().parseFromString(html, 'text/html').title || path;
      pages.push({ path, title });
    }
  }
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

export function bindOfflinePage(): void {
  const list = document.querySelector<HTMLUListElement>('[data-offline-list]');
  const status = document.querySelector<HTMLElement>('[data-offline-status]');
  const settings = document.querySelector<HTMLElement>('[data-offline-settings]');
  const toggle = document.querySelector<HTMLInputElement>('[data-offline-toggle]');
  const saveAll = document.querySelector<HTMLButtonElement>('[data-offline-save-all]');
  const size = document.querySelector<HTMLElement>('[data-offline-size]');
  if (!list || !status || !settings || !toggle || !saveAll || !size) return;

  // Shown in place of a page that is not kept: say so. /offline/ itself is always kept (precached), online or not.
  const notice = document.querySelector<HTMLElement>('[data-offline-notice]');
  if (notice) notice.hidden = location.pathname === OFFLINE_PAGE;

  async function renderList() {
    const pages = await keptPages();
    list!.replaceChildren(
      ...pages.map((p) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = p.path;
        a.textContent = p.title;
        li.append(a);
        return li;
      }),
    );
    if (pages.length === 0) list!.replaceChildren(Object.assign(document.createElement('li'), { textContent: '还没有保存的页面。' }));
  }
  void renderList();

  if (!('serviceWorker' in navigator)) {
    status.textContent = '这个浏览器不支持离线阅读。';
    return;
  }
  settings.hidden = false;
  let on = true;
  try {
    on = localStorage.getItem(OFFLINE_SETTING) !== 'off';
  } catch {
    // Storage blocked: the default.
  }
  toggle.checked = on;
  saveAll.disabled = !on;
  toggle.addEventListener('change', async () => {
    try {
      localStorage.setItem(OFFLINE_SETTING, toggle.checked ? 'on' : 'off');
    } catch {
      // Without storage the setting lasts for this page only.
    }
    saveAll.disabled = !toggle.checked;
    if (toggle.checked) {
      await navigator.serviceWorker.register(SERVICE_WORKER_URL);
      status.textContent = '离线阅读已打开：打开过的页面会保存在本机。';
    } else {
      for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
      for (const key of (await caches.keys()).filter((k) => k.startsWith(CACHE_PREFIX))) await caches.delete(key);
      status.textContent = '离线阅读已关闭，本机保存的页面已删除。';
    }
    void renderList();
  });

  fetch(SAVE_ALL_MANIFEST)
    .then((r) => (r.ok ? (r.json() as Promise<SaveAllManifest>) : null))
    .then((m) => {
      if (m) size.textContent = `（${m.urls.filter((u) => u.endsWith('/')).length} 个案例，约 ${formatBytes(m.bytes)}）`;
    })
    .catch(() => (size.textContent = '（需要联网）'));

  saveAll.addEventListener('click', async () => {
    const registration = await navigator.serviceWorker.register(SERVICE_WORKER_URL).then(() => navigator.serviceWorker.ready);
    status.textContent = '正在保存全部案例……';
    navigator.serviceWorker.addEventListener('message', (event) => {
      const data = event.data as { type?: string; done?: number; total?: number };
      if (data.type !== 'save-all-progress') return;
      status.textContent = data.done === data.total ? `已保存全部案例（${data.total} 个文件），可以离线阅读。` : `正在保存：${data.done}/${data.total}`;
      if (data.done === data.total) void renderList();
    });
    registration.active?.postMessage({ type: 'save-all' } satisfies WorkerMessage);
  });
}
