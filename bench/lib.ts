/**
 * Helpers shared by the on-demand benchmarks (scripts/bench-lighthouse.ts,
 * scripts/bench-starlight.ts): installing a benchmark-only package folder,
 * finding a Chromium, serving a build with scripts/serve-dist.mjs on a free
 * port, and sizing a directory. Nothing here is used by the site or `npm test`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '..');

/** The environment with this Node (the project's pinned one) first on PATH, so npm and astro run on it too. */
export function nodeEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...extra };
}

/**
 * Installs a benchmark-only folder (its own package.json with exact versions)
 * with `npm ci --prefix DIR` when a dependency is missing or at another
 * version. The main project never depends on these packages. `ci` installs
 * exactly the folder's committed lock file and never rewrites it, so a
 * benchmark leaves the tree as it found it (a version bump in its package.json
 * needs the lock refreshed by hand: `npm install --package-lock-only` there).
 */
export function ensureInstalled(dir: string): void {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const stale = Object.entries(manifest.dependencies).filter(([name, version]) => {
    const installed = path.join(dir, 'node_modules', name, 'package.json');
    return !existsSync(installed) || (JSON.parse(readFileSync(installed, 'utf8')) as { version: string }).version !== version;
  });
  if (stale.length === 0) return;
  const rel = path.relative(repoRoot, dir);
  console.log(`installing ${stale.map(([n, v]) => `${n}@${v}`).join(', ')} into ${rel}/ (npm ci --prefix ${rel}; not a dependency of the site)…`);
  const r = spawnSync('npm', ['ci', '--prefix', dir, '--no-audit', '--no-fund'], { stdio: 'inherit', env: nodeEnv(), cwd: repoRoot });
  if (r.status !== 0) throw new Error(`npm ci in ${rel} failed (exit ${r.status ?? r.signal})`);
}

function browserVersion(exe: string): string | undefined {
  const r = spawnSync(exe, ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** A Chromium as scripts/run-tests.mjs looks for one: CHROMIUM_PATH, Debian's, then Playwright's download. */
export async function findChromium(): Promise<{ path: string; version: string }> {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  try {
    const { chromium } = await import('@playwright/test');
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright not installed: only the system browsers.
  }
  for (const exe of candidates) {
    const version = exe && existsSync(exe) ? browserVersion(exe) : undefined;
    if (exe && version) return { path: exe, version };
  }
  throw new Error('No Chromium found: apt-get install chromium, or set CHROMIUM_PATH.');
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Serves a build directory the way users serve dist/ (scripts/serve-dist.mjs), on a free port. */
export async function serveDist(dir: string): Promise<{ origin: string; close: () => void }> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(repoRoot, 'scripts/serve-dist.mjs'), '--dir', dir, '--port', String(port)], { stdio: ['ignore', 'ignore', 'inherit'] });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`serve-dist exited (${child.exitCode}) for ${dir}`);
    try {
      await fetch(`${origin}/`);
      return { origin, close: () => child.kill() };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  child.kill();
  throw new Error(`serve-dist did not answer on ${origin}`);
}

export function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      bytes += statSync(path.join(entry.parentPath, entry.name)).size;
      files++;
    }
  }
  return { bytes, files };
}

/** Builds this site into outDir with `npm run build`'s script, synchronously. Returns its log. */
export function buildSite(outDir: string, env: Record<string, string> = {}): { seconds: number; log: string } {
  const started = performance.now();
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/build.ts'), '--outDir', outDir], { cwd: repoRoot, encoding: 'utf8', env: nodeEnv(env), maxBuffer: 1 << 28 });
  const log = `${r.stdout}\n${r.stderr}`;
  if (r.status !== 0) throw new Error(`build failed:\n${log.slice(-3000)}`);
  return { seconds: Math.round((performance.now() - started) / 100) / 10, log };
}

/** A Markdown table row. */
export const row = (cells: Array<string | number | null | undefined>) => `| ${cells.map((c) => (c === null || c === undefined ? '—' : String(c))).join(' | ')} |`;

/** Peak memory of a process tree: the most its processes held at once, and each one's own peak. */
export interface TreeMemory {
  peakTotalMb: number;
  /** Peak RSS per process name (e.g. MainThread for Node, pagefind_extend for Pagefind). */
  peakByNameMb: Record<string, number>;
}

/**
 * Samples the RSS of a process and all its descendants from /proc (Linux),
 * every `intervalMs`, until stopped. `/usr/bin/time` is not enough here: it
 * misses Pagefind's indexer, a separate process that holds the most memory.
 */
export function sampleTreeMemory(rootPid: number, intervalMs = 250): { stop: () => TreeMemory | null } {
  if (!existsSync('/proc/self/stat')) return { stop: () => null };
  const pageKb = 4;
  let peakTotal = 0;
  const peakByName: Record<string, number> = {};
  const sample = () => {
    const parent = new Map<number, number>();
    const info = new Map<number, { name: string; rssKb: number }>();
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        // The name is in parentheses and may contain spaces: split after the last ')'.
        const close = stat.lastIndexOf(')');
        const fields = stat.slice(close + 2).split(' ');
        parent.set(Number(entry), Number(fields[1]));
        info.set(Number(entry), { name: stat.slice(stat.indexOf('(') + 1, close), rssKb: Number(fields[21]) * pageKb });
      } catch {
        // The process ended while being read.
      }
    }
    const inTree = (pid: number): boolean => {
      for (let p: number | undefined = pid, depth = 0; p && depth < 64; p = parent.get(p), depth++) if (p === rootPid) return true;
      return false;
    };
    let total = 0;
    for (const [pid, { name, rssKb }] of info) {
      if (!inTree(pid)) continue;
      total += rssKb;
      peakByName[name] = Math.max(peakByName[name] ?? 0, rssKb);
    }
    peakTotal = Math.max(peakTotal, total);
  };
  const timer = setInterval(sample, intervalMs);
  sample();
  return {
    stop: () => {
      clearInterval(timer);
      return {
        peakTotalMb: Math.round(peakTotal / 1024),
        peakByNameMb: Object.fromEntries(Object.entries(peakByName).map(([k, v]) => [k, Math.round(v / 1024)])),
      };
    },
  };
}
