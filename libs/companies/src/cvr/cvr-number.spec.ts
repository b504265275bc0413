import { isValidCvrNumber, normalizeCvrNumber } from './cvr-number';

describe('isValidCvrNumber', () => {
  it.each([
    ['29189609', 'Hedensted Kommune'],
    ['29189684', 'Horsens Kommune'],
    ['10150817', 'LEGO A/S'],
  ])('accepts %s (%s)', (cvr) => {
    expect(isValidCvrNumber(cvr)).toBe(true);
  });

  it('rejects a number whose weighted sum is not divisible by 11', () => {
    expect(isValidCvrNumber('29189608')).toBe(false);
    expect(isValidCvrNumber('12345678')).toBe(false);
  });

  it.each(['', '1234567', '123456789', '2918960a', ' 29189609'])(
    'rejects %p, which is not exactly 8 digits',
    (value) => {
      expect(isValidCvrNumber(value)).toBe(false);
    },
  );
});

describe('normalizeCvrNumber', () => {
  it('strips the DK prefix, spaces and dashes', () => {
    expect(normalizeCvrNumber('DK 2918 9609')).toBe('29189609');
    expect(normalizeCvrNumber('dk29-18-96-09')).toBe('29189609');
  });
});
