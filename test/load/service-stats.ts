/**
 * What a load run costs PostgreSQL and Redis, read from their own counters: a database of the
 * run's own (so `pg_stat_database` counts only the run's servers), WAL bytes (cluster-wide:
 * anything else writing meanwhile is counted too), and Redis's PUBLISH calls and bytes in.
 */
import { Socket } from 'node:net';
import pg from 'pg';

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** A new, empty database beside the one `url` names; `drop` removes it (closing its connections). */
export async function loadDatabase(url: string): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const name = `tl_load_${process.pid}_${Date.now().toString(36)}`;
  await query(url, `CREATE DATABASE ${name}`);
  const own = new URL(url);
  own.pathname = `/${name}`;
  return { url: own.toString(), name, drop: () => query(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).then(() => undefined) };
}

export interface PostgresCounters {
  /** Transactions committed in the run's database: each statement outside a transaction is one. */
  xacts: number;
  /** Rows inserted and updated in the run's database. */
  rows: number;
  /** WAL written by the whole PostgreSQL cluster. */
  walBytes: number;
}

export async function postgresCounters(url: string, database: string): Promise<PostgresCounters> {
  const [db] = await query<{ xact_commit: string; rows: string }>(url,
    `SELECT xact_commit, tup_inserted + tup_updated AS rows FROM pg_stat_database WHERE datname = '${database}'`);
  const [wal] = await query<{ wal_bytes: string }>(url, 'SELECT wal_bytes FROM pg_stat_wal');
  return { xacts: Number(db?.xact_commit ?? 0), rows: Number(db?.rows ?? 0), walBytes: Number(wal?.wal_bytes ?? 0) };
}

export interface RedisCounters {
  publishes: number;
  /** Bytes Redis received (commands in), all clients. */
  bytesIn: number;
}

/** One INFO request over a raw connection (RESP), no client library needed. */
function info(url: string, section: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = new Socket();
    let text = '';
    socket.setTimeout(3000, () => socket.destroy(new Error('Redis INFO timed out')));
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const header = /^\$(\d+)\r\n/.exec(text);
      if (header && Buffer.byteLength(text) >= header[0].length + Number(header[1])) {
        socket.end();
        resolve(text.slice(header[0].length));
      }
    });
    socket.once('error', reject);
    socket.connect(Number(port || 6379), hostname, () => socket.write(`INFO ${section}\r\n`));
  });
}

export async function redisCounters(url: string): Promise<RedisCounters> {
  const [commands, stats] = [await info(url, 'commandstats'), await info(url, 'stats')];
  return {
    publishes: Number(/cmdstat_publish:calls=(\d+)/.exec(commands)?.[1] ?? 0),
    bytesIn: Number(/total_net_input_bytes:(\d+)/.exec(stats)?.[1] ?? 0),
  };
}
