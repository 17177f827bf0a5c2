/** A time source for the match clocks that tests step by hand: no real waiting. */
import type { TimeSource } from '../../src/server/clock/clock-service';

export class FakeTime implements TimeSource {
  private timers: { at: number; run: () => void }[] = [];

  constructor(private t = Date.UTC(2026, 0, 5, 9)) {}

  now(): number {
    return this.t;
  }

  after(ms: number, run: () => void): () => void {
    const timer = { at: this.t + Math.max(0, ms), run };
    this.timers.push(timer);
    return () => void (this.timers = this.timers.filter((t) => t !== timer));
  }

  /** Moves the time on by `ms`, running the timers that fall due, in order. */
  advance(ms: number): void {
    const end = this.t + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.t = Math.max(this.t, due.at);
      due.run();
    }
    this.t = end;
  }
}
