import { PayloadTooLargeException } from '@nestjs/common';
import { Transform, type TransformCallback } from 'node:stream';

/** The largest CSV body an import takes: about 200,000 candidates. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export const tooLarge = (limit = MAX_IMPORT_BYTES) =>
  new PayloadTooLargeException(`The file is larger than ${Math.round(limit / 1024 / 1024)} MB`);

/** Passes a body on while counting its bytes, and fails it with a 413 at the limit. */
export class SizeLimit extends Transform {
  private size = 0;

  constructor(private readonly limit: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.limit) return done(tooLarge(this.limit));
    done(null, chunk);
  }
}
