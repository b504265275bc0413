/**
 * Runs `commit` for items handed in by many concurrent callers, one batch at a time: while a batch is being
 * committed, new items wait and form the next batch. Each caller gets the result for its own item when its batch
 * is done. Under no load a single item goes at once; under load the batches grow, so the cost per item falls.
 */
export class GroupCommit<T, R = void> {
  private waiting: { item: T; resolve: (result: R) => void; reject: (error: unknown) => void }[] = [];
  private committing = false;

  /** @param commit returns one result per item, in the items' order */
  constructor(
    private readonly commit: (items: T[]) => Promise<R[]>,
    private readonly maxBatch: number,
  ) {}

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
        const batch = this.waiting.splice(0, this.maxBatch);
        try {
          const results = await this.commit(batch.map(({ item }) => item));
          batch.forEach(({ resolve }, index) => resolve(results[index]));
        } catch (error) {
          batch.forEach(({ reject }) => reject(error));
        }
      }
    } finally {
      this.committing = false;
    }
  }
}
