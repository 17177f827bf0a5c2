/**
 * One queue per match: every message that reads or writes a match (sync, move, disconnect) runs
 * after the previous one finished, so two moves never interleave their fetch and write.
 */
export class MatchQueues {
  private readonly tails = new Map<string, Promise<void>>();

  /** Runs `task` after every earlier task of the same match; never rejects (errors go to `onError`). */
  run(matchID: string, task: () => Promise<void>, onError: (error: unknown) => void): Promise<void> {
    const previous = this.tails.get(matchID) ?? Promise.resolve();
    const next = previous.then(task).catch(onError);
    this.tails.set(matchID, next);
    void next.then(() => {
      if (this.tails.get(matchID) === next) this.tails.delete(matchID);
    });
    return next;
  }

  /** Runs `task` in the match's queue like `run`, but rejects with what the task threw. */
  async exclusive(matchID: string, task: () => Promise<void>): Promise<void> {
    let failure: { error: unknown } | null = null;
    await this.run(matchID, task, (error) => void (failure = { error }));
    if (failure) throw (failure as { error: unknown }).error;
  }

  /** Number of matches with work queued (for tests and metrics). */
  get size(): number {
    return this.tails.size;
  }
}
