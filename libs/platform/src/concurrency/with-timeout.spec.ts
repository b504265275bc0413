import { withTimeout } from './with-timeout';

describe('withTimeout', () => {
  it('passes on the outcome of a promise that settles in time', async () => {
    await expect(withTimeout(Promise.resolve('svar'), 50)).resolves.toBe('svar');
    await expect(withTimeout(Promise.reject(new Error('nej')), 50)).rejects.toThrow('nej');
  });

  it('rejects, naming the wait, when the promise does not settle in time', async () => {
    await expect(withTimeout(new Promise(() => undefined), 20)).rejects.toThrow('no answer within 20 ms');
  });
});
