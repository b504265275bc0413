export interface GroupCommitOptions {
  /** The most items one commit takes. */
  maxBatch: number;
  /**
   * Whether a failed commit may be down to one of its items rather than to something all share (the database being
   * down). Such a batch is split in halves, again and again, until every item has succeeded or failed on its own.
   * Default: always.
   */
  mayBeCausedByAnItem?: (error: unknown) => boolean;
}

type Waiting<T, R> = { item: T; resolve: (result: R) => void; reject: (error: unknown) => void };

/**
 * Runs `commit` for items handed in by many concurrent callers, one batch at a time: while a batch is being
 * committed, new items wait and form the next batch. Each caller gets the result for its own item when its batch
 * is done. Under no load a single item goes at once; under load the batches grow, so the cost per item falls.
 *
 * One caller's bad item never fails the others: a batch that fails is split and committed again in halves (a
 * commit must therefore be all-or-nothing, as one statement or one transaction is), so a single bad item among n
 * costs about 2·log2(n) extra commits and only its own caller sees the error.
 */
export class GroupCommit<T, R = void> {
  private waiting: Waiting<T, R>[] = [];
  private committing = false;
  private readonly maxBatch: number;
  private readonly mayBeCausedByAnItem: (error: unknown) => boolean;

  /** @param commit returns one result per item, in the items' order */
  constructor(
    private readonly commit: (items: T[]) => Promise<R[]>,
    options: GroupCommitOptions,
  ) {
    this.maxBatch = options.maxBatch;
    this.mayBeCausedByAnItem = options.mayBeCausedByAnItem ?? (() => true);
  }

  submit(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    if (this.committing) return;
    this.committing = true;
    try {
      while (this.waiting.length > 0) {
        await this.commitIsolated(this.waiting.splice(0, this.maxBatch));
      }
    } finally {
      this.committing = false;
    }
  }

  private async commitIsolated(batch: Waiting<T, R>[]): Promise<void> {
    let results: R[];
    try {
      results = await this.commit(batch.map(({ item }) => item));
    } catch (error) {
      if (batch.length === 1 || !this.mayBeCausedByAnItem(error)) {
        batch.forEach(({ reject }) => reject(error));
        return;
      }
      const half = Math.ceil(batch.length / 2);
      await this.commitIsolated(batch.slice(0, half));
      await this.commitIsolated(batch.slice(half));
      return;
    }
    batch.forEach(({ resolve }, index) => resolve(results[index]));
  }
}
