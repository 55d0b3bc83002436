/**
 * A port no one listens on now, for a test that starts a server of its own:
 * fixed ports collided when two checkouts tested at once (playwright.config.ts
 * does the same for the e2e servers).
 */
import { createServer } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
