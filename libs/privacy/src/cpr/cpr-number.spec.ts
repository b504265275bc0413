import { containsCprNumber } from './cpr-number';

describe('containsCprNumber', () => {
  it('finds CPR numbers with a dash, a space or nothing between date and sequence', () => {
    expect(containsCprNumber('CPR 010190-1234')).toBe(true);
    expect(containsCprNumber('født 3112851234, ringer tilbage')).toBe(true);
    expect(containsCprNumber('290200 4321')).toBe(true);
  });

  it('leaves ordinary numbers alone: phone numbers, CVR numbers, impossible dates, longer runs', () => {
    expect(containsCprNumber('+45 75 12 34 56')).toBe(false);
    expect(containsCprNumber('CVR 10150817')).toBe(false);
    expect(containsCprNumber('3213901234')).toBe(false);
    expect(containsCprNumber('300290-1234')).toBe(false);
    expect(containsCprNumber('ordre 12010190123499')).toBe(false);
  });
});
