/**
 * Serves a built site with deploy/nginx.conf under Debian's nginx, in the foreground, for the browser tests:
 * `tsx tests/servers/nginx.ts <port> [dist]`. The configuration is generated in a temporary directory (no
 * global config, no daemon); the process stops nginx and removes the directory when it is told to stop.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '../..');
const [port = '4323', dist = 'dist'] = process.argv.slice(2);
const siteRoot = resolve(projectRoot, dist);
const nginx = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';
const documentedRoot = '/var/www/tyk-gateway-errors';

if (!existsSync(nginx)) {
  console.error(`nginx is not at ${nginx}: install Debian's (apt-get install nginx) or set NGINX_PATH.`);
  process.exit(1);
}

/** deploy/nginx.conf as shipped, with the documented root and port replaced. */
export function testServerBlock(shipped: string): string {
  if (!shipped.includes(documentedRoot) || !/^\s*listen 80;$/m.test(shipped)) {
    throw new Error(`deploy/nginx.conf no longer has "root ${documentedRoot}" and "listen 80;" for the test to replace.`);
  }
  return shipped
    .replaceAll(documentedRoot, siteRoot)
    .replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^\s*listen \[::\]:80;\n/m, '');
}

const dir = mkdtempSync(join(tmpdir(), 'tyk-errors-nginx-'));
const temp = (name: string) => `${name}_temp_path ${join(dir, name)};`;
writeFileSync(
  join(dir, 'nginx.conf'),
  [
    'daemon off;',
    'worker_processes 1;',
    // As root, workers would run as nobody, who may not read the checkout.
    ...(process.getuid?.() === 0 ? ['user root;'] : []),
    `pid ${join(dir, 'nginx.pid')};`,
    `error_log ${join(dir, 'error.log')} warn;`,
    'events { worker_connections 256; }',
    'http {',
    'include /etc/nginx/mime.types;',
    'access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp),
    testServerBlock(readFileSync(join(projectRoot, 'deploy/nginx.conf'), 'utf8')),
    '}',
    '',
  ].join('\n'),
);

const server = spawn(nginx, ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')], { stdio: 'inherit' });
const cleanUp = () => rmSync(dir, { recursive: true, force: true });
server.on('exit', (code) => {
  if (code) console.error(readFileSync(join(dir, 'error.log'), 'utf8'));
  cleanUp();
  process.exit(code ?? 0);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill('SIGQUIT'));
