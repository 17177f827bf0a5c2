/**
 * The deployment of deploy/nginx.conf on one machine: N server processes (src/server/main.ts) on
 * PostgreSQL and Redis behind nginx, nginx run as a user-level instance in a temporary prefix
 * (its own logs, temp dirs and pid; nothing written elsewhere) with only its ports changed.
 * nginx is installed from Debian's packages when missing, as .ci/run does for Chromium.
 *
 *   npm run cluster -- --processes 2 [--port 8080] [--postgres URL] [--redis URL]
 *
 * prints the address to open and runs until Ctrl-C, which stops nginx and every process. The
 * load test (`--processes`) and the deployment's e2e test start it through `startCluster`.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createServer } from 'node:net';
import pg from 'pg';
import { type ServerProcess, spawnServerProcess } from './server-process';

export const LOCAL_POSTGRES = 'postgres://postgres@127.0.0.1:5432/test';
export const LOCAL_REDIS = 'redis://127.0.0.1:6379';
const NGINX_CONF = resolve(import.meta.dirname, '../../deploy/nginx.conf');

export interface ClusterOptions {
  processes: number;
  /** nginx's port on 127.0.0.1 (a free one if absent). */
  port?: number;
  postgres?: string;
  redis?: string;
  /** Keep the matches in a PostgreSQL schema of this run's own, dropped at `stop` (tests, load runs). */
  freshSchema?: boolean;
  /** More environment for every server process (rate limits, ...). */
  env?: Record<string, string>;
}

export interface Cluster {
  /** nginx's address, e.g. http://127.0.0.1:8080 (no trailing slash). */
  url: string;
  servers: ServerProcess[];
  /** Stops nginx and every server process, and removes the prefix (and the schema, if fresh). */
  stop(): Promise<void>;
}

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** nginx's path, installed with apt-get when it is not there. */
function nginxBinary(): string {
  const found = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'].find((path) => existsSync(path));
  if (found) return found;
  console.error('nginx is missing: installing Debian\'s package (apt-get install -y nginx)');
  const apt = (args: string[]) => execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  try {
    apt(['install', '-y', 'nginx']);
  } catch {
    apt(['update']);
    apt(['install', '-y', 'nginx']);
  }
  return nginxBinary();
}

/** deploy/nginx.conf with nginx's port and every upstream's servers replaced, nothing else changed. */
export function clusterNginxConf(template: string, port: number, upstreamPorts: readonly number[]): string {
  const listen = /listen 127\.0\.0\.1:\d+;/;
  const upstream = /(upstream \w+ \{[^}]*?)((?:\s*server 127\.0\.0\.1:\d+ ([^;\n]*);)+)/g;
  if (!listen.test(template) || !/upstream tl_servers \{[^}]*?server 127\.0\.0\.1:\d+/.test(template)) {
    throw new Error('deploy/nginx.conf: no `listen 127.0.0.1:PORT;` or `upstream tl_servers { server … }` to fill in');
  }
  const servers = (params: string) => upstreamPorts.map((p) => `\n    server 127.0.0.1:${p} ${params};`).join('');
  return template.replace(listen, `listen 127.0.0.1:${port};`)
    .replace(upstream, (_all, head: string, _servers: string, params: string) => `${head}${servers(params)}`);
}

async function withSchema(url: string, fresh: boolean): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!fresh) return { url, drop: async () => {} };
  const schema = `tl_cluster_${process.pid}_${Date.now().toString(36)}`;
  const run = async (sql: string) => {
    const client = new pg.Client(url);
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE SCHEMA ${schema}`);
  const withPath = `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return { url: withPath, drop: () => run(`DROP SCHEMA IF EXISTS ${schema} CASCADE`) };
}

function startNginx(binary: string, prefix: string, conf: string): Promise<ChildProcess> {
  const child = spawn(binary, ['-p', prefix, '-c', conf, '-e', 'stderr', '-g', 'daemon off;'], { stdio: ['ignore', 'inherit', 'pipe'] });
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    process.stderr.write(chunk);
  });
  return new Promise((resolve, reject) => {
    const failed = (code: number | null) => reject(new Error(`nginx exited with ${code}: ${output}`));
    child.once('exit', failed);
    // nginx writes its pid file once it listens.
    const started = Date.now();
    const poll = setInterval(() => {
      if (existsSync(join(prefix, 'nginx.pid'))) {
        clearInterval(poll);
        child.off('exit', failed);
        resolve(child);
      } else if (Date.now() - started > 10_000) {
        clearInterval(poll);
        child.kill('SIGKILL');
        reject(new Error(`nginx did not start: ${output}`));
      }
    }, 50);
  });
}

/** Starts the cluster; resolves once nginx and every process listen. */
export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const binary = nginxBinary();
  const port = options.port ?? await freePort();
  const origins = [`http://127.0.0.1:${port}`, `http://localhost:${port}`].join(',');
  const database = await withSchema(options.postgres ?? LOCAL_POSTGRES, options.freshSchema ?? false);
  const servers: ServerProcess[] = [];
  const prefix = mkdtempSync(join(tmpdir(), 'tl-nginx-'));
  // When started as root, nginx's workers run as an unprivileged user: let them reach tmp/.
  chmodSync(prefix, 0o755);
  let nginx: ChildProcess | null = null;
  const stop = async () => {
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((resolve) => nginx?.once('exit', resolve));
      nginx.kill('SIGTERM');
      await exited;
    }
    await Promise.all(servers.map((server) => server.stop()));
    rmSync(prefix, { recursive: true, force: true });
    await database.drop();
  };
  try {
    const env: Record<string, string> = {
      HOST: '127.0.0.1', TRUST_PROXY: '1', ALLOWED_ORIGINS: origins, DATABASE_URL: database.url, REDIS_URL: options.redis ?? LOCAL_REDIS,
      ...(existsSync('dist/index.html') ? { STATIC_DIR: 'dist' } : {}), ...options.env,
    };
    // One at a time: the first creates the tables, the others find them.
    for (let i = 0; i < options.processes; i += 1) servers.push(await spawnServerProcess(env));
    for (const dir of ['logs', 'tmp']) mkdirSync(join(prefix, dir));
    const conf = join(prefix, 'nginx.conf');
    writeFileSync(conf, clusterNginxConf(readFileSync(NGINX_CONF, 'utf8'), port, servers.map((s) => Number(new URL(s.url).port))));
    nginx = await startNginx(binary, prefix, conf);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `http://127.0.0.1:${port}`, servers, stop };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { processes: { type: 'string', default: '2' }, port: { type: 'string' }, postgres: { type: 'string' }, redis: { type: 'string' } },
  });
  const processes = Number(values.processes);
  if (!Number.isInteger(processes) || processes < 1 || processes > 64) throw new Error('--processes must be a whole number from 1 to 64');
  if (!existsSync('dist/index.html')) console.error('No build in dist/: the Lobby and sockets work, but `npm run build` first to play in a browser.');
  const cluster = await startCluster({
    processes,
    ...(values.port ? { port: Number(values.port) } : {}),
    ...(values.postgres ? { postgres: values.postgres } : {}),
    ...(values.redis ? { redis: values.redis } : {}),
  });
  console.log(`Trust & Leverage: ${processes} server process(es) (pids ${cluster.servers.map((s) => s.pid).join(', ')}) behind nginx at ${cluster.url}/ — Ctrl-C stops everything`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping nginx and the servers`);
    void cluster.stop().then(() => process.exit(0), (error: unknown) => {
      console.error(String(error));
      process.exit(1);
    });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error(`cluster: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
