/** Token buckets: a steady rate with a bounded burst, for the Lobby (per address) and sockets. */

/** One bucket: `take()` spends a token when there is one. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = burst;
    this.last = now();
  }

  /** Spends one token; false when the bucket is empty. */
  take(): boolean {
    this.refill();
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** Seconds until a token is available. */
  waitSeconds(): number {
    return this.tokens >= 1 ? 0 : Math.ceil((1 - this.tokens) / this.perSecond);
  }

  /** True when the bucket has refilled completely (it can be forgotten). */
  full(): boolean {
    this.refill();
    return this.tokens >= this.burst;
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
  }
}

/** One bucket per key (a client address), forgotten once full again. */
export class KeyedRateLimit {
  private readonly buckets = new Map<string, TokenBucket>();
  private sweeps = 0;

  constructor(private readonly perMinute: number) {}

  /** Spends a token of `key`; returns 0 when allowed, else the seconds to wait. */
  hit(key: string): number {
    if ((this.sweeps += 1) % 1000 === 0) this.sweep();
    let bucket = this.buckets.get(key);
    if (!bucket) this.buckets.set(key, (bucket = new TokenBucket(this.perMinute / 60, this.perMinute)));
    return bucket.take() ? 0 : Math.max(1, bucket.waitSeconds());
  }

  private sweep(): void {
    for (const [key, bucket] of this.buckets) if (bucket.full()) this.buckets.delete(key);
  }
}
