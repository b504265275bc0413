import { fill, formatDate, formatDateTime, formatNumber } from './format';
import { da } from './da';
import { en } from './en';

describe('web app formats', () => {
  it('shows times in Copenhagen time, Danish format, across daylight saving time', () => {
    expect(formatDateTime('2026-07-01T10:05:00Z', 'da')).toBe('1. juli 2026 kl. 12.05');
    expect(formatDateTime('2026-12-01T10:05:00Z', 'da')).toBe('1. december 2026 kl. 11.05');
    expect(formatDateTime('2026-12-01T10:05:00Z', 'en')).toBe('1 December 2026 at 11:05');
  });

  it('names the Copenhagen day, not the UTC one, around midnight', () => {
    expect(formatDate('2026-03-02T23:30:00Z', 'da')).toBe('tirsdag den 3. marts 2026');
  });

  it('writes numbers the Danish way', () => {
    expect(formatNumber(1234567.5, 'da')).toBe('1.234.567,5');
    expect(formatNumber(1234567.5, 'en')).toBe('1,234,567.5');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill(da.shell.welcome, { name: 'Anna' })).toBe('Velkommen, Anna');
    expect(fill('{a} {b}', { a: 1 })).toBe('1 {b}');
  });

  it('has every Danish message in English too, and none empty', () => {
    const keys = (messages: object, prefix = ''): string[] =>
      Object.entries(messages).flatMap(([key, value]) =>
        typeof value === 'object' ? keys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
      );
    expect(keys(en)).toEqual(keys(da));
    const texts = (messages: object): unknown[] =>
      Object.values(messages).flatMap((value) => (typeof value === 'object' ? texts(value as object) : [value]));
    expect(texts(da).every((text) => typeof text === 'string' && text.length > 0)).toBe(true);
  });
});
