/**
 * The match bus on Redis between processes: a process hands its own payloads to its own
 * subscribers at once (the same object, no parse) and skips them when Redis brings them back;
 * every other process gets each payload once, decoded. Skipped, visibly, where Redis is not
 * running; failed under CI.
 */
import { afterEach, expect, it } from 'vitest';
import { type MatchPayload, matchPayloadText } from '../../src/server/match-bus';
import { RedisPubSub } from '../../src/server/redis-pub-sub';
import { describeWithServices, REDIS_URL } from './services';

const buses: RedisPubSub<MatchPayload>[] = [];
afterEach(async () => {
  for (const bus of buses.splice(0)) await bus.close();
});

async function bus(log: (message: string) => void = () => {}): Promise<RedisPubSub<MatchPayload>> {
  const opened = new RedisPubSub<MatchPayload>(REDIS_URL, log, matchPayloadText);
  buses.push(opened);
  await opened.ready();
  return opened;
}

const until = async (done: () => boolean): Promise<void> => {
  const started = Date.now();
  while (!done() && Date.now() - started < 5_000) await new Promise((resolve) => setTimeout(resolve, 10));
};

describeWithServices('the match bus on Redis', ['redis'], () => {
  it('delivers a process\'s own payload to it once, at once and as it is; another process gets it once, decoded', async () => {
    const [a, b] = [await bus(), await bus()];
    const channel = `MATCH-bus-${Date.now()}`;
    const atA: MatchPayload[] = [];
    const atB: MatchPayload[] = [];
    a.subscribe(channel, (payload) => atA.push(payload));
    b.subscribe(channel, (payload) => atB.push(payload));
    await Promise.all([a.subscribed(channel), b.subscribed(channel)]);
    const payload = { type: 'matchData', args: ['AAAA', [{ id: 0, name: 'Ada' }]] } as unknown as MatchPayload;
    a.publish(channel, payload);
    expect(atA).toEqual([payload]);
    expect(atA[0]).toBe(payload);
    await until(() => atB.length > 0);
    expect(atB).toEqual([payload]);
    // B's publish reaches A through Redis; A's own message, back from Redis, was skipped.
    b.publish(channel, { type: 'matchData', args: ['AAAA', []] } as unknown as MatchPayload);
    await until(() => atA.length > 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(atA.map((p) => p.args[1])).toEqual([[{ id: 0, name: 'Ada' }], []]);
    expect(atB).toHaveLength(2);
  });

  it('logs a message without a sender tag as unreadable, and delivers nothing', async () => {
    const logged: string[] = [];
    const a = await bus((message) => logged.push(message));
    const channel = `MATCH-bus-${Date.now()}`;
    const got: MatchPayload[] = [];
    a.subscribe(channel, (payload) => got.push(payload));
    await a.subscribed(channel);
    const { Redis } = await import('ioredis');
    const raw = new Redis(REDIS_URL);
    await raw.publish(`tl:${channel}`, JSON.stringify({ type: 'matchData', args: [] }));
    raw.disconnect();
    await until(() => logged.length > 0);
    expect(logged.join('\n')).toMatch(/unreadable message/);
    expect(got).toEqual([]);
  });
});
