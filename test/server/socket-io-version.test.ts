/**
 * Defect #2: boardgame.io 0.50.2 brings socket.io 3 (and with it old engine.io, ws and
 * socket.io-parser with known advisories). package.json overrides koa-socket-2's socket.io to 4;
 * the server and boardgame.io's own transport must both resolve the patched stack.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connect, startServer } from './helpers';

/** Where `name` resolves from `fromFile`: its package.json, found above its entry point. */
function packageJsonOf(fromFile: string, name: string): string {
  let dir = dirname(createRequire(fromFile).resolve(name));
  while (dir !== dirname(dir)) {
    try {
      const json = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string };
      if (json.name === name) return join(dir, 'package.json');
    } catch {
      // no package.json at this level
    }
    dir = dirname(dir);
  }
  throw new Error(`${name} not found from ${fromFile}`);
}

/** The version of `dependency` as `fromPackage` would load it. */
function versionFrom(fromPackage: string, dependency: string): number[] {
  const from = fromPackage === '.' ? import.meta.url : packageJsonOf(import.meta.url.replace('file://', ''), fromPackage);
  const { version } = JSON.parse(readFileSync(packageJsonOf(from.replace('file://', ''), dependency), 'utf8')) as { version: string };
  return version.split('.').map(Number);
}

const atLeast = (actual: number[], wanted: number[]) => {
  for (let i = 0; i < wanted.length; i += 1) {
    if ((actual[i] ?? 0) !== wanted[i]) return (actual[i] ?? 0) > (wanted[i] ?? 0);
  }
  return true;
};

describe('socket.io 4 stack (defect #2)', () => {
  it('resolves socket.io 4.8+ with patched engine.io, ws and socket.io-parser everywhere', () => {
    for (const from of ['koa-socket-2', 'boardgame.io', 'socket.io']) {
      expect(atLeast(versionFrom(from, 'socket.io'), [4, 8, 0]), `socket.io from ${from}`).toBe(true);
    }
    expect(atLeast(versionFrom('socket.io', 'engine.io'), [6, 6, 2])).toBe(true);
    expect(atLeast(versionFrom('socket.io', 'socket.io-parser'), [4, 2, 4])).toBe(true);
    expect(atLeast(versionFrom('engine.io', 'ws'), [8, 17, 1])).toBe(true);
  });

  it('serves socket.io 4 clients over WebSocket (Engine.IO protocol 4)', async () => {
    const server = await startServer();
    const peer = await connect(server);
    expect(peer.socket.connected).toBe(true);
    expect(peer.socket.io.engine.transport.name).toBe('websocket');
    const handshake = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`);
    expect(handshake.status).toBe(200);
    expect(await handshake.text()).toMatch(/^0\{"sid"/);
  });
});
