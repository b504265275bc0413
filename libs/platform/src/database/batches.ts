import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * What a query selects, a batch at a time in the query's order, one query per batch: for exports that stream
 * rows out as the client takes them instead of holding them all.
 */
export async function* batchesOf<E extends ObjectLiteral>(
  builder: SelectQueryBuilder<E>,
  size: number,
): AsyncGenerator<E[]> {
  for (let offset = 0; ; offset += size) {
    const batch = await builder.clone().skip(offset).take(size).getMany();
    if (batch.length > 0) yield batch;
    if (batch.length < size) return;
  }
}
