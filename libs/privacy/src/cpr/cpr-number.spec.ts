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

  it('leaves ids alone: a UUID whose last part holds a date and four digits after a letter', () => {
    const id = '3f2a9c1e-7b4d-4e2a-9f1c-ab1203941234';
    expect(containsCprNumber(id)).toBe(false);
    expect(containsCprNumber(`placering ${id}`)).toBe(false);
    // The same digits outside an id are still a CPR number.
    expect(containsCprNumber('ab1203941234')).toBe(true);
  });
});
