import { useQuery } from '@tanstack/react-query';
import { api, type Schemas } from '../../api/client';
import { unwrap } from '../../api/errors';
import { formatDate, type Language } from '../../i18n';
import { TIME_ZONE } from '../../i18n/format';

export type EmployerIntake = Schemas['EmployerIntakeResponse'];
export type IntakeKind = EmployerIntake['kind'];

export { INTAKE_KINDS } from '../../api/vocabulary';

export function useOwnCompanies() {
  return useQuery({
    queryKey: ['employer', 'companies'],
    queryFn: () => unwrap(api.GET('/api/v1/employer/companies')),
  });
}

/** An hour and minute as people read them: "14.30" in Danish, "14:30" in English, Copenhagen time. */
export function formatTime(value: string | Date, language: Language): string {
  return new Intl.DateTimeFormat(language === 'da' ? 'da-DK' : 'en-GB', {
    timeZone: TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(value));
}

/** "tirsdag den 24. november 2026" and "14.30", for "… senest {date} kl. {time}". */
export function whenParts(value: string | Date, language: Language): { date: string; time: string } {
  return { date: formatDate(value, language), time: formatTime(value, language) };
}
