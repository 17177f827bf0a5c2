/**
 * Web Push, end to end against a local push service (a small HTTP server in this test) that does
 * what a browser's push service and the browser do: it checks the VAPID JWT's ES256 signature
 * against the key in the request, and decrypts the aes128gcm payload (RFC 8188, RFC 8291) with the
 * subscription's private key and auth secret. Daily turns: a warning when a fifth of the time is
 * left, a "your turn" when a turn starts. Time is injected (no real waiting).
 */
import { createDecipheriv, createECDH, createPublicKey, type ECDH, hkdfSync, randomBytes, verify } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { Agent, createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import webpush from 'web-push';
import { afterEach, describe, expect, it } from 'vitest';
import { testConfig } from '../../src/server/config';
import { createGameServer, type GameServer } from '../../src/server/create-server';
import { pushConfigFromEnv } from '../../src/server/push/push-config';
import { FakeTime } from './fake-time';
import { GAME, type JoinedSeat, lobby } from './helpers';

interface Delivery { path: string; authorization: string; encoding: string; body: Buffer }

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

/** A self-signed certificate for 127.0.0.1 (openssl), which only this test's agent trusts. */
function certificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'tl-push-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
      '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function pushService(): Promise<{ url: string; deliveries: Delivery[]; agent: Agent }> {
  const deliveries: Delivery[] = [];
  const { key, cert } = certificate();
  const http: Server = createServer({ key, cert }, (req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      deliveries.push({ path: req.url ?? '', authorization: String(req.headers.authorization ?? ''), encoding: String(req.headers['content-encoding'] ?? ''), body: Buffer.concat(chunks) });
      res.statusCode = 201;
      res.end();
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise((resolve) => http.close(() => resolve())));
  return { url: `https://127.0.0.1:${(http.address() as AddressInfo).port}`, deliveries, agent: new Agent({ ca: cert }) };
}

/** What a browser holds for one subscription: its P-256 key pair and auth secret. */
function browserKeys(): { ecdh: ECDH; auth: Buffer; keys: { p256dh: string; auth: string } } {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const auth = randomBytes(16);
  return { ecdh, auth, keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: auth.toString('base64url') } };
}

/** Checks `Authorization: vapid t=JWT, k=KEY` as a push service does; returns the JWT's claims. */
function checkVapid(authorization: string, expectedKey: string): { aud: string; exp: number; sub: string } {
  const match = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+), k=([\w-]+)$/.exec(authorization);
  if (!match) throw new Error(`not a VAPID authorization: ${authorization}`);
  const [, jwt = '', key = ''] = match;
  expect(key).toBe(expectedKey);
  const [head = '', claims = '', signature = ''] = jwt.split('.');
  expect(JSON.parse(Buffer.from(head, 'base64url').toString())).toEqual({ typ: 'JWT', alg: 'ES256' });
  const raw = Buffer.from(key, 'base64url');
  const publicKey = createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: raw.subarray(1, 33).toString('base64url'), y: raw.subarray(33).toString('base64url') }, format: 'jwk' });
  const ok = verify('sha256', Buffer.from(`${head}.${claims}`), { key: publicKey, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'));
  if (!ok) throw new Error('the VAPID signature does not verify');
  return JSON.parse(Buffer.from(claims, 'base64url').toString()) as { aud: string; exp: number; sub: string };
}

/** Decrypts an aes128gcm Web Push payload (one record) as the browser does. */
function decrypt(body: Buffer, ecdh: ECDH, auth: Buffer): string {
  const salt = body.subarray(0, 16);
  const idlen = body.readUInt8(20);
  const senderKey = body.subarray(21, 21 + idlen);
  const record = body.subarray(21 + idlen);
  const secret = ecdh.computeSecret(senderKey);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), ecdh.getPublicKey(), senderKey]);
  const ikm = Buffer.from(hkdfSync('sha256', secret, auth, keyInfo, 32));
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(record.subarray(record.length - 16));
  const plain = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
  let end = plain.length - 1;
  while (end >= 0 && plain[end] === 0) end -= 1;
  if (plain[end] !== 2) throw new Error('the last record has no padding delimiter');
  return plain.subarray(0, end).toString('utf8');
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
  if (!check()) throw new Error(`never: ${what}`);
}

describe('Web Push for Daily matches', () => {
  it('sends a signed, encrypted warning at a fifth of the time left and a turn reminder, refusing bad registrations', { timeout: 60_000 }, async () => {
    const vapid = webpush.generateVAPIDKeys();
    const service = await pushService();
    const time = new FakeTime();
    const push = { publicKey: vapid.publicKey, privateKey: vapid.privateKey, subject: 'https://play.example.org' };
    const server: GameServer = await createGameServer(testConfig({ aiPaceMs: 0, dailyHourMs: 1000, clockSweepMs: 3_600_000, push }), { log: () => {}, time, pushAgent: service.agent });
    closers.push(() => server.close());
    expect((await lobby(server, '/games/push-key')).json).toEqual({ publicKey: vapid.publicKey });
    // The Lobby's own routes are unchanged by it.
    expect((await lobby(server, `/games/${GAME}`)).status).toBe(200);

    // A Daily match of 10 "hours" (10 s here); seat 0 (the Autocratic power) moves first.
    const created = await lobby(server, `/games/${GAME}/create`, { setupData: { demSeat: '1' }, options: { pace: { kind: 'daily', turnHours: 10 } } });
    const matchID = String(created.json.matchID);
    const seats: JoinedSeat[] = [];
    for (const [playerID, playerName] of [['0', 'Ada'], ['1', 'Bo']] as const) {
      seats.push({ playerID, credentials: String((await lobby(server, `/games/${GAME}/${matchID}/join`, { playerID, playerName })).json.playerCredentials) });
    }
    const browsers = [browserKeys(), browserKeys()];
    const register = (seat: JoinedSeat, subscription: unknown, code = matchID) => lobby(server, `/games/${GAME}/${code}/push`, { ...seat, subscription });
    const subscriptionOf = (i: number) => ({ endpoint: `${service.url}/push/${i}`, keys: browsers[i]!.keys });

    // Refusals change nothing.
    expect((await register({ ...seats[0]!, credentials: 'nope' }, subscriptionOf(0))).status).toBe(403);
    expect((await register(seats[0]!, { endpoint: service.url.replace('https:', 'http:'), keys: browsers[0]!.keys })).json.error).toMatch(/https/);
    expect((await register(seats[0]!, { endpoint: `${service.url}/x`, keys: { p256dh: 'abc', auth: browsers[0]!.keys.auth } })).status).toBe(400);
    const live = String((await lobby(server, `/games/${GAME}/create`, {})).json.matchID);
    const liveSeat = { playerID: '0' as const, credentials: String((await lobby(server, `/games/${GAME}/${live}/join`, { playerID: '0', playerName: 'Cy' })).json.playerCredentials) };
    expect((await register(liveSeat, subscriptionOf(0), live)).status).toBe(409);

    expect((await register(seats[0]!, subscriptionOf(0))).status).toBe(200);
    expect((await register(seats[1]!, subscriptionOf(1))).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 100));

    // 8 of the 10 s pass: seat 0 is warned, once.
    time.advance(7999);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(service.deliveries).toHaveLength(0);
    time.advance(1);
    await until(() => service.deliveries.length === 1, 'the warning');
    const warning = service.deliveries[0]!;
    expect(warning.path).toBe('/push/0');
    expect(warning.encoding).toBe('aes128gcm');
    const claims = checkVapid(warning.authorization, vapid.publicKey);
    expect(claims.aud).toBe(service.url);
    expect(claims.sub).toBe('https://play.example.org');
    expect(claims.exp).toBeGreaterThan(Date.now() / 1000);
    expect(JSON.parse(decrypt(warning.body, browsers[0]!.ecdh, browsers[0]!.auth))).toEqual({ kind: 'warning', matchID, leftMs: 2000 });
    // Another browser's secret cannot read it.
    expect(() => decrypt(warning.body, browsers[0]!.ecdh, browsers[1]!.auth)).toThrow();

    // Time runs out: the stand-in plays seat 0's turn, and seat 1 hears that it is their turn.
    time.advance(2000);
    await until(() => service.deliveries.some((d) => d.path === '/push/1'), 'the turn reminder');
    const turn = service.deliveries.find((d) => d.path === '/push/1')!;
    checkVapid(turn.authorization, vapid.publicKey);
    expect(JSON.parse(decrypt(turn.body, browsers[1]!.ecdh, browsers[1]!.auth))).toEqual({ kind: 'turn', matchID, leftMs: 10_000 });
    expect(service.deliveries.filter((d) => d.path === '/push/0')).toHaveLength(1);
  });

  it('reads VAPID keys from the environment, both or neither', () => {
    const { publicKey, privateKey } = webpush.generateVAPIDKeys();
    expect(pushConfigFromEnv({})).toBeNull();
    expect(pushConfigFromEnv({ VAPID_PUBLIC_KEY: publicKey })).toMatch(/go together/);
    expect(pushConfigFromEnv({ VAPID_PUBLIC_KEY: publicKey, VAPID_PRIVATE_KEY: privateKey })).toMatch(/VAPID_SUBJECT/);
    expect(pushConfigFromEnv({ VAPID_PUBLIC_KEY: 'short', VAPID_PRIVATE_KEY: privateKey, VAPID_SUBJECT: 'https://x.org' })).toMatch(/65 bytes/);
    expect(pushConfigFromEnv({ VAPID_PUBLIC_KEY: publicKey, VAPID_PRIVATE_KEY: privateKey, VAPID_SUBJECT: 'mailto:admin@example.org' }))
      .toEqual({ publicKey, privateKey, subject: 'mailto:admin@example.org' });
  });
});
