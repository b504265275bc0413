import { fill, formatDate, formatDateTime, formatNumber, type Language } from '../../i18n';
import { employerShortlistPath, shortlistPath } from '../shortlists/routes';
import { memberPath } from '../code-of-care/routes';
import { monthlyFiguresPath } from '../reports/routes';
import type { InboxItem } from './api';
import type { messages } from './messages';

type Texts = (typeof messages)['da'];

/** A notification's title and line in the reader's language, from the facts it carries. */
export function notificationText(
  item: Pick<InboxItem, 'eventType' | 'data'>,
  texts: Texts,
  language: Language,
): { title: string; line: string } {
  const data = item.data as Record<string, unknown>;
  const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : '');
  const values: Record<string, string> = {
    companyName: text('companyName'),
    contactName: text('contactName'),
    jobcentreName: text('jobcentreName'),
    networkName: text('networkName'),
    deadline: data.deadlineAt ? formatDateTime(text('deadlineAt'), language) : '',
    inactiveOn: data.inactiveOn ? formatDate(text('inactiveOn'), language) : '',
    candidates: typeof data.candidates === 'number' ? formatNumber(data.candidates, language) : '',
    month: text('month'),
  };
  const event = texts.events[item.eventType];
  return { title: fill(event.title, values), line: fill(event.line, values) };
}

/** Where a notification leads: its subject's page, as the reader's role sees it; null when it has none. */
export function subjectPath(
  item: Pick<InboxItem, 'subjectType' | 'subjectId' | 'data'>,
  employer: boolean,
): string | null {
  switch (item.subjectType) {
    case 'intake':
      return employer ? `/mine-henvendelser/${item.subjectId}` : `/vagtskema/${item.subjectId}`;
    case 'shortlist':
      return employer ? employerShortlistPath(item.subjectId) : shortlistPath(item.subjectId);
    case 'code-of-care-membership':
      return employer ? null : memberPath(item.subjectId);
    case 'monthly-report': {
      const month = (item.data as Record<string, unknown>).month;
      return employer || typeof month !== 'string' ? null : monthlyFiguresPath(month);
    }
    default:
      return null;
  }
}
