import type { NotificationData, NotificationEventType, NotificationLanguage } from '../notification-events';
import { escapeHtml, formatDay, formatInstant, formatKind, formatMonth } from './format';

/** An e-mail as it is sent: a subject, a plain-text body and the same in HTML. */
export interface RenderedNotification {
  subject: string;
  text: string;
  html: string;
}

export interface RenderContext {
  /** The web app's address as people reach it (PUBLIC_URL), for the link to the thing the message is about. */
  webUrl?: string;
  /** Whom the message greets; without it, no name. */
  recipientName?: string | null;
}

/**
 * A message before it is laid out: plain text only, never markup, so the layout escapes every part of it for HTML
 * and nothing from the data can become a tag.
 */
interface MessageParts {
  subject: string;
  paragraphs: string[];
  facts: [label: string, value: string][];
  link?: { label: string; path: string };
}

type Template<T extends NotificationEventType> = (data: NotificationData[T], l: NotificationLanguage) => MessageParts;

/** Web app paths (apps/web routes) of the things notifications are about. */
export const WEB_PATHS = {
  intake: (id: string) => `/vagtskema/${encodeURIComponent(id)}`,
  employerShortlist: (id: string) => `/mine-kandidatlister/${encodeURIComponent(id)}`,
  membership: (id: string) => `/code-of-care/medlemmer/${encodeURIComponent(id)}`,
  monthlyFigures: (month: string) => `/maaltal?maaned=${encodeURIComponent(month)}`,
} as const;

const t = (language: NotificationLanguage, da: string, en: string) => (language === 'da' ? da : en);

const intakeFacts = (
  data: { companyName: string; cvrNumber: string; kind: string; receivedAt: string; deadlineAt: string },
  l: NotificationLanguage,
): [string, string][] => [
  [t(l, 'Virksomhed', 'Company'), `${data.companyName} (CVR ${data.cvrNumber})`],
  [t(l, 'Henvendelsen gælder', 'Request for'), formatKind(data.kind, l)],
  [t(l, 'Modtaget', 'Received'), formatInstant(data.receivedAt, l)],
  [t(l, 'Første kontakt senest', 'First contact by'), formatInstant(data.deadlineAt, l)],
];

const TEMPLATES: { [T in NotificationEventType]: Template<T> } = {
  'intake-assigned': (data, l) => ({
    subject: t(l, `Ny henvendelse til dig: ${data.companyName}`, `New request for you: ${data.companyName}`),
    paragraphs: [
      t(
        l,
        `${data.companyName} har henvendt sig til jobcentret, og henvendelsen er givet til dig. Ring ` +
          `til virksomheden før fristen.`,
        `${data.companyName} has contacted the jobcentre, and the request has been assigned to you. ` +
          `Call the company before the deadline.`,
      ),
    ],
    facts: [
      ...intakeFacts(data, l),
      [t(l, 'Kontaktperson', 'Contact person'), data.contactName],
      ...(data.contactPhone ? [[t(l, 'Telefon', 'Phone'), data.contactPhone] as [string, string]] : []),
    ],
    link: { label: t(l, 'Åbn henvendelsen', 'Open the request'), path: WEB_PATHS.intake(data.intakeId) },
  }),
  'intake-deadline-reminder': (data, l) => ({
    subject: t(
      l,
      `Påmindelse: ring til ${data.companyName} senest ${formatInstant(data.deadlineAt, l)}`,
      `Reminder: call ${data.companyName} by ${formatInstant(data.deadlineAt, l)}`,
    ),
    paragraphs: [
      t(
        l,
        `Fristen for første kontakt med ${data.companyName} nærmer sig, og virksomheden er endnu ikke kontaktet.`,
        `The deadline for first contact with ${data.companyName} is near, and the company has not been contacted yet.`,
      ),
    ],
    facts: intakeFacts(data, l),
    link: { label: t(l, 'Åbn henvendelsen', 'Open the request'), path: WEB_PATHS.intake(data.intakeId) },
  }),
  'intake-deadline-breached': (data, l) => ({
    subject: t(
      l,
      `Fristen er overskredet: ${data.companyName} er ikke kontaktet`,
      `Deadline missed: ${data.companyName} has not been contacted`,
    ),
    paragraphs: [
      t(
        l,
        `Fristen for første kontakt med ${data.companyName} udløb ${formatInstant(data.deadlineAt, l)}, ` +
          `uden at virksomheden er kontaktet.`,
        `The deadline for first contact with ${data.companyName} passed on ${formatInstant(data.deadlineAt, l)} ` +
          `without the company being contacted.`,
      ),
    ],
    facts: [...intakeFacts(data, l), [t(l, 'Ansvarlig', 'Assigned to'), data.assigneeName ?? t(l, 'ingen', 'nobody')]],
    link: { label: t(l, 'Åbn henvendelsen', 'Open the request'), path: WEB_PATHS.intake(data.intakeId) },
  }),
  'intake-receipt': (data, l) => ({
    subject: t(
      l,
      `Tak for din henvendelse til ${data.jobcentreName}`,
      `Thank you for contacting ${data.jobcentreName}`,
    ),
    paragraphs: [
      t(
        l,
        `Vi har modtaget henvendelsen fra ${data.companyName} ` +
          `om ${formatKind(data.kind, l)}. ` +
          `En virksomhedskonsulent ringer til dig senest ${formatInstant(data.deadlineAt, l)}.`,
        `We have received the request from ${data.companyName} ` +
          `about ${formatKind(data.kind, l)}. ` +
          `A company consultant will call you by ${formatInstant(data.deadlineAt, l)}.`,
      ),
    ],
    facts: intakeFacts(data, l),
  }),
  'shortlist-sent': (data, l) => ({
    subject: t(
      l,
      `Kandidater til ${data.postingTitle ?? data.companyName} fra ${data.jobcentreName}`,
      `Candidates for ${data.postingTitle ?? data.companyName} from ${data.jobcentreName}`,
    ),
    paragraphs: [
      t(
        l,
        `${data.sentByName} fra ${data.jobcentreName} har sendt ` +
          `${data.candidates === 1 ? 'én kandidat' : `${data.candidates} kandidater`} ` +
          `til ${data.companyName}. Kandidaterne er anonyme, til I har talt med jobcentret.`,
        `${data.sentByName} of ${data.jobcentreName} has sent ` +
          `${data.candidates === 1 ? 'one candidate' : `${data.candidates} candidates`} ` +
          `to ${data.companyName}. The candidates are anonymous until you have spoken with the jobcentre.`,
      ),
    ],
    facts: [
      [t(l, 'Virksomhed', 'Company'), data.companyName],
      ...(data.postingTitle ? [[t(l, 'Stilling', 'Posting'), data.postingTitle] as [string, string]] : []),
      [t(l, 'Kandidater', 'Candidates'), String(data.candidates)],
    ],
    link: { label: t(l, 'Se kandidaterne', 'See the candidates'), path: WEB_PATHS.employerShortlist(data.shortlistId) },
  }),
  'code-of-care-inactive-soon': (data, l) => ({
    subject: t(
      l,
      `${data.companyName} bliver inaktiv i Code of Care ${formatDay(data.inactiveOn, l)}`,
      `${data.companyName} turns inactive in Code of Care on ${formatDay(data.inactiveOn, l)}`,
    ),
    paragraphs: [
      t(
        l,
        `${data.companyName} i netværket ${data.networkName} bliver inaktiv ${formatDay(data.inactiveOn, l)}, ` +
          `medmindre virksomheden er aktiv inden da (småjob, ansættelser, arrangementer eller mentorer).`,
        `${data.companyName} in the network ${data.networkName} turns inactive on ${formatDay(data.inactiveOn, l)} ` +
          `unless it is active before then (småjobs, placements, events or mentors).`,
      ),
    ],
    facts: [
      [t(l, 'Virksomhed', 'Company'), data.companyName],
      [t(l, 'Netværk', 'Network'), data.networkName],
      [
        t(l, 'Seneste aktivitet', 'Last activity'),
        data.lastActivityOn ? formatDay(data.lastActivityOn, l) : t(l, 'ingen', 'none'),
      ],
      [t(l, 'Inaktiv fra', 'Inactive from'), formatDay(data.inactiveOn, l)],
    ],
    link: { label: t(l, 'Åbn medlemmet', 'Open the member'), path: WEB_PATHS.membership(data.membershipId) },
  }),
  'monthly-figures-ready': (data, l) => ({
    subject: t(
      l,
      `Ledelsestal for ${formatMonth(data.month, l)} er klar`,
      `Management figures for ${formatMonth(data.month, l)} are ready`,
    ),
    paragraphs: [
      t(
        l,
        `${data.jobcentreName}s ledelsestal for ${formatMonth(data.month, l)} ` +
          `er beregnet ${formatInstant(data.computedAt, l)}.`,
        `The management figures of ${data.jobcentreName} for ${formatMonth(data.month, l)} were computed ` +
          `on ${formatInstant(data.computedAt, l)}.`,
      ),
    ],
    facts: [
      [t(l, 'Måned', 'Month'), formatMonth(data.month, l)],
      [t(l, 'Beregnet', 'Computed'), formatInstant(data.computedAt, l)],
    ],
    link: { label: t(l, 'Se tallene', 'See the figures'), path: WEB_PATHS.monthlyFigures(data.month) },
  }),
};

const DEFAULT_WEB_URL = 'http://localhost:3000';

/**
 * Renders one notification as an e-mail in the reader's language: subject, plain text and HTML (every piece of data
 * escaped), times in Europe/Copenhagen, and a link into the web app where the message is about something there.
 */
export function renderNotification<T extends NotificationEventType>(
  eventType: T,
  data: NotificationData[T],
  language: NotificationLanguage,
  context: RenderContext = {},
): RenderedNotification {
  const template = TEMPLATES[eventType] as Template<T> | undefined;
  if (!template) throw new Error(`No template for notification event type "${eventType}"`);
  const parts = template(data, language);
  const webUrl = (context.webUrl ?? DEFAULT_WEB_URL).replace(/\/+$/, '');
  const link = parts.link && { label: parts.link.label, url: webUrl + parts.link.path };
  const greeting = context.recipientName
    ? t(language, `Hej ${context.recipientName}`, `Hello ${context.recipientName}`)
    : t(language, 'Hej', 'Hello');
  const footer = t(
    language,
    'Denne besked er sendt automatisk af Jobbro. Du kan vælge, hvordan du får besked, under dine indstillinger.',
    'This message was sent automatically by Jobbro. You can choose how you are told in your settings.',
  );
  // Subjects are one line: a newline in the data must not start a header of its own.
  const subject = parts.subject.replace(/[\r\n]+/g, ' ').trim();

  const width = Math.max(...parts.facts.map(([label]) => label.length));
  const text = [
    `${greeting},`,
    '',
    ...parts.paragraphs.flatMap((paragraph) => [paragraph, '']),
    ...parts.facts.map(([label, value]) => `${`${label}:`.padEnd(width + 2)}${value}`),
    ...(link ? ['', `${link.label}: ${link.url}`] : []),
    '',
    '-- ',
    footer,
    '',
  ].join('\n');

  const e = escapeHtml;
  const html = [
    '<!DOCTYPE html>',
    `<html lang="${language}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(subject)}</title></head>`,
    '<body style="margin:0;padding:24px;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;color:#1b1f24;">',
    '<div style="max-width:600px;margin:0 auto;background:#ffffff;padding:24px;border-radius:6px;">',
    `<p style="margin:0 0 16px;font-size:16px;">${e(greeting)},</p>`,
    ...parts.paragraphs.map(
      (paragraph) => `<p style="margin:0 0 16px;font-size:16px;line-height:1.5;">${e(paragraph)}</p>`,
    ),
    '<table role="presentation" style="border-collapse:collapse;margin:0 0 16px;font-size:15px;">',
    ...parts.facts.map(
      ([label, value]) =>
        `<tr><th scope="row" style="text-align:left;padding:4px 16px 4px 0;vertical-align:top;">${e(label)}</th>` +
        `<td style="padding:4px 0;">${e(value)}</td></tr>`,
    ),
    '</table>',
    ...(link
      ? [
          `<p style="margin:0 0 16px;"><a href="${e(link.url)}" style="color:#0b57d0;font-size:16px;">` +
            `${e(link.label)}</a></p>`,
        ]
      : []),
    `<p style="margin:24px 0 0;font-size:13px;color:#4a5562;">${e(footer)}</p>`,
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');

  return { subject, text, html };
}
