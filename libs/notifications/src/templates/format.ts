import type { NotificationLanguage } from '../notification-events';

/** Every time in a notification is told as the clock on the wall of a Danish jobcentre shows it. */
const TIME_ZONE = 'Europe/Copenhagen';
const LOCALE: Record<NotificationLanguage, string> = { da: 'da-DK', en: 'en-GB' };

/** Escapes text for HTML content and attribute values (double-quoted). */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** An ISO instant as a date and time in Copenhagen: "onsdag 25. november 2026 kl. 09.00". */
export function formatInstant(iso: string, language: NotificationLanguage): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALE[language], {
    timeZone: TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(instant);
}

/** A calendar day (YYYY-MM-DD) as it reads: "tirsdag 1. december 2026"; no time zone can move it. */
export function formatDay(day: string, language: NotificationLanguage): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(LOCALE[language], {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date);
}

/** A month (YYYY-MM): "november 2026" / "November 2026". */
export function formatMonth(month: string, language: NotificationLanguage): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return new Intl.DateTimeFormat(LOCALE[language], { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(date);
}

const KINDS: Record<string, Record<NotificationLanguage, string>> = {
  recruitment: { da: 'rekruttering', en: 'recruitment' },
  småjob: { da: 'småjob', en: 'småjob (a few hours a week)' },
  voksenlærling: { da: 'voksenlærling', en: 'adult apprenticeship (voksenlærling)' },
  'praktik-løntilskud': { da: 'praktik eller løntilskud', en: 'work placement or wage subsidy' },
  retention: { da: 'fastholdelse', en: 'job retention' },
  'mentor-course': { da: 'mentorkursus', en: 'mentor course' },
  'code-of-care-interest': { da: 'interesse for Code of Care', en: 'interest in Code of Care' },
};

/** An intake's kind in the reader's language; a kind this list does not know is shown as it came. */
export function formatKind(kind: string, language: NotificationLanguage): string {
  return KINDS[kind]?.[language] ?? kind;
}
