#!/usr/bin/env node
/**
 * Serves a built site with a real web server and the shipped configuration
 * (deploy/nginx/cases.conf or deploy/caddy/Caddyfile), in the foreground on a
 * loopback port, so the production set-up can be tried and tested here:
 *
 *   npm run serve:nginx -- [--port 8080] [--dir dist] [--host 127.0.0.1]
 *   npm run serve:caddy -- [--port 8080] [--dir dist] [--host 127.0.0.1]
 *
 * The configuration is used as shipped with two values replaced: the folder
 * served (/srv/cases/dist) and the listening address. The server keeps its
 * pid, logs and temporary files in a temporary folder, so it needs no root and
 * touches nothing in /etc. Without nginx (or its brotli module), running as
 * root with apt-get, it installs Debian's packages and says so.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readArgs } from './usage.mjs';

const USAGE = `
Usage: npm run serve:nginx -- [--port 8080] [--dir dist] [--host 127.0.0.1]
       npm run serve:caddy -- [--port 8080] [--dir dist] [--host 127.0.0.1]

Serves a built site with nginx or Caddy and the shipped configuration, in the
foreground on a loopback port.
`;

const { values } = readArgs(USAGE, {
  options: {
    server: { type: 'string', default: 'nginx' },
    port: { type: 'string', default: process.env.PORT ?? '8080' },
    host: { type: 'string', default: '127.0.0.1' },
    dir: { type: 'string', default: 'dist' },
  },
});

const log = (message) => console.log(`serve:${values.server}: ${message}`);
function fail(message) {
  console.error(`serve:${values.server}: ${message}`);
  process.exit(1);
}

const root = path.resolve(import.meta.dirname, '..');
const dist = path.resolve(values.dir);
const port = Number(values.port);
if (values.server !== 'nginx' && values.server !== 'caddy') fail(`--server ${values.server}: use nginx or caddy`);
if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`--port ${values.port}: not a port number`);
if (!existsSync(path.join(dist, 'index.html'))) fail(`${dist}/index.html not found; run "npm run build" first.`);
if (!existsSync(path.join(dist, '_deploy'))) fail(`${dist}/_deploy/ not found: this build predates the deploy step; run "npm run build" again.`);

const which = (...candidates) => candidates.find((c) => c && existsSync(c));
const isRoot = process.getuid?.() === 0;
const canInstall = isRoot && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
function install(packages) {
  log(`installing Debian's ${packages.join(' and ')} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env }).status !== 0) fail('apt-get update failed');
  if (spawnSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env }).status !== 0) fail(`apt-get install ${packages.join(' ')} failed`);
}

/** The shipped configuration with the served folder put in. */
const shipped = (file) => readFileSync(path.join(root, file), 'utf8').replaceAll('/srv/cases/dist', dist);
const prefix = mkdtempSync(path.join(os.tmpdir(), `cases-${values.server}-`));

function nginxCommand() {
  const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
  const find = () => which(process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx');
  const missing = [...(find() ? [] : ['nginx']), ...(existsSync(BROTLI_MODULE) ? [] : ['libnginx-mod-http-brotli-static'])];
  if (missing.length && canInstall) install(missing);
  const nginx = find();
  if (!nginx) fail('nginx is not installed (Debian: apt-get install nginx libnginx-mod-http-brotli-static; or set NGINX_PATH).');
  const brotli = existsSync(BROTLI_MODULE);
  let site = shipped('deploy/nginx/cases.conf').replace(/^(\s*)listen 80;/m, `$1listen ${values.host}:${port};`);
  if (!brotli) {
    log('the brotli module (libnginx-mod-http-brotli-static) is not installed: serving gzip only');
    site = site.replace(/^\s*brotli_static on;\n/m, '');
  }
  for (const dir of ['logs', 'temp']) mkdirSync(path.join(prefix, dir));
  writeFileSync(path.join(prefix, 'cases.conf'), site);
  const mimeTypes = which('/etc/nginx/mime.types', path.join(path.dirname(nginx), '../conf/mime.types'));
  const temp = (name) => `${name}_temp_path ${path.join(prefix, 'temp', name)};`;
  const conf = path.join(prefix, 'nginx.conf');
  writeFileSync(
    conf,
    [
      brotli ? `load_module ${BROTLI_MODULE};` : '',
      `pid ${path.join(prefix, 'nginx.pid')};`,
      'error_log stderr warn;',
      'worker_processes 2;',
      // As root, nginx would run its workers as nobody, who may not read the build.
      isRoot ? 'user root;' : '',
      'events { worker_connections 256; }',
      'http {',
      mimeTypes ? `  include ${mimeTypes};` : '',
      '  default_type application/octet-stream;',
      '  access_log off;',
      '  sendfile on;',
      `  ${temp('client_body')} ${temp('proxy')} ${temp('fastcgi')} ${temp('uwsgi')} ${temp('scgi')}`,
      `  include ${path.join(prefix, 'cases.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  const args = ['-p', prefix, '-c', conf, '-e', 'stderr', '-g', 'daemon off;'];
  const test = spawnSync(nginx, [...args, '-t', '-q'], { encoding: 'utf8' });
  if (test.status !== 0) fail(`deploy/nginx/cases.conf does not load:\n${test.stderr}`);
  return { command: nginx, args, stopSignal: 'SIGQUIT', what: `nginx, deploy/nginx/cases.conf${brotli ? ', brotli' : ''}` };
}

function caddyCommand() {
  const caddy = which(process.env.CADDY_PATH, '/usr/bin/caddy', '/usr/local/bin/caddy');
  if (!caddy) fail('Caddy is not installed (Debian: apt-get install caddy; or set CADDY_PATH).');
  const file = path.join(prefix, 'Caddyfile');
  const site = shipped('deploy/caddy/Caddyfile').replace(/^:80 \{/m, `http://${values.host}:${port} {\n\tbind ${values.host}`);
  // No admin endpoint and no state outside the temporary folder.
  writeFileSync(file, `{\n\tadmin off\n\tstorage file_system ${path.join(prefix, 'data')}\n}\n\n${site}`);
  const test = spawnSync(caddy, ['validate', '--adapter', 'caddyfile', '--config', file], { encoding: 'utf8' });
  if (test.status !== 0) fail(`deploy/caddy/Caddyfile does not load:\n${test.stderr}`);
  return { command: caddy, args: ['run', '--adapter', 'caddyfile', '--config', file], stopSignal: 'SIGTERM', what: 'Caddy, deploy/caddy/Caddyfile' };
}

const server = values.server === 'nginx' ? nginxCommand() : caddyCommand();
log(`${dist} at http://${values.host}:${port}/ (${server.what})`);
const child = spawn(server.command, server.args, {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, HOME: prefix, XDG_DATA_HOME: prefix, XDG_CONFIG_HOME: prefix },
});
const stop = () => child.kill(server.stopSignal);
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', (code, signal) => {
  rmSync(prefix, { recursive: true, force: true });
  process.exit(code ?? (signal === server.stopSignal ? 0 : 1));
});
