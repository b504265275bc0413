import { PayloadTooLargeException } from '@nestjs/common';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { SizeLimit } from './size-limit';

describe('SizeLimit', () => {
  const chunks = (count: number) => Readable.from(Array.from({ length: count }, () => Buffer.alloc(1024 * 1024, 'x')));

  it('passes a body up to the limit on as it is', async () => {
    expect((await text(chunks(3).pipe(new SizeLimit(3 * 1024 * 1024)))).length).toBe(3 * 1024 * 1024);
  });

  it('fails a body past the limit with a 413, without reading it all', async () => {
    const limited = chunks(100).pipe(new SizeLimit(2 * 1024 * 1024));
    await expect(text(limited)).rejects.toThrow(PayloadTooLargeException);
    await expect(text(chunks(3).pipe(new SizeLimit(2 * 1024 * 1024)))).rejects.toThrow('The file is larger than 2 MB');
  });
});
