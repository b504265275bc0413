import { TIME_ZONE, type Language } from '../../i18n/format';

const LOCALES: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };

/** A date in a table: "24. nov. 2026" (the shell's formatDate spells out the weekday, too long for a cell). */
export const shortDate = (value: string, language: Language): string =>
  new Intl.DateTimeFormat(LOCALES[language], { timeZone: TIME_ZONE, dateStyle: 'medium' }).format(new Date(value));

/** A month as YYYY-MM in words: "november 2026". Read as UTC, the first of the month is that month everywhere. */
export const monthName = (month: string, language: Language): string =>
  new Intl.DateTimeFormat(LOCALES[language], { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );

export const percent = (share: number, language: Language): string =>
  new Intl.NumberFormat(LOCALES[language], { style: 'percent', maximumFractionDigits: 0 }).format(share);

/** A figure with at most one decimal, as a forecast's mean and spread are read. */
export const decimal = (value: number, language: Language): string =>
  new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 1 }).format(value);
