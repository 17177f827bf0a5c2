/**
 * deploy/nginx.conf is the file `npm run cluster` runs: only its ports change, and nginx itself
 * accepts the result (`nginx -t`, in a prefix of its own, as any user) where nginx is installed.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { clusterNginxConf } from './cluster';

const template = readFileSync('deploy/nginx.conf', 'utf8');
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));

it('fills in the ports of deploy/nginx.conf and changes nothing else', () => {
  const conf = clusterNginxConf(template, 40123, [41001, 41002, 41003]);
  expect(conf).toContain('listen 127.0.0.1:40123;');
  // Both upstreams (any process for the Lobby, one per match for sockets) list every process.
  const servers = [41001, 41002, 41003].map((p) => `server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`);
  expect(conf.match(/server 127\.0\.0\.1:\d+ max_fails=1 fail_timeout=5s;/g)).toEqual([...servers, ...servers]);
  expect(conf).toMatch(/upstream tl_sockets \{\s*hash \$arg_matchID consistent;/);
  const strip = (text: string) => text.replace(/listen 127\.0\.0\.1:\d+;/, '').replace(/\s*server 127\.0\.0\.1:\d+ [^;]*;/g, '');
  expect(strip(conf)).toBe(strip(template));
  expect(() => clusterNginxConf('events {}', 1, [2])).toThrow(/deploy\/nginx.conf/);
});

it.skipIf(!NGINX)('is a configuration nginx accepts, run from a prefix of its own', () => {
  const prefix = mkdtempSync(join(tmpdir(), 'tl-nginx-test-'));
  try {
    chmodSync(prefix, 0o755);
    for (const dir of ['logs', 'tmp']) mkdirSync(join(prefix, dir));
    writeFileSync(join(prefix, 'nginx.conf'), clusterNginxConf(template, 40124, [41004, 41005]));
    const output = execFileSync(NGINX!, ['-t', '-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', 'stderr'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(output).toBe('');
  } finally {
    rmSync(prefix, { recursive: true, force: true });
  }
});
