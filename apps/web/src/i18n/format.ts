/** Dates, times and numbers as the users read them: Danish format (or English), always in Copenhagen time. */
export type Language = 'da' | 'en';

export const TIME_ZONE = 'Europe/Copenhagen';
const LOCALES: Record<Language, string> = { da: 'da-DK', en: 'en-GB' };

export function formatDateTime(value: Date | string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: TIME_ZONE,
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(new Date(value));
}

export function formatDate(value: Date | string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { timeZone: TIME_ZONE, dateStyle: 'full' }).format(new Date(value));
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language]).format(value);
}

/** Fills "{name}" placeholders in a message. */
export function fill(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
