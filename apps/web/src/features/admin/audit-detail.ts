import type { Messages } from '../../i18n/da';
import type { Language } from '../../i18n/format';

/**
 * The audit log words what changed in English, as the API writes it (`role: consultant → lead`); the people reading
 * it read Danish. The shapes the API writes are put into the user's language; anything else is shown as written.
 */
export function auditDetail(
  detail: string,
  language: Language,
  roles: Messages['roles'],
): { text: string; lang?: string } {
  if (language === 'en') return { text: detail };
  const role = (name: string) => roles[name as keyof Messages['roles']]?.toLowerCase() ?? name;
  const sessions = (count: string) => (count === '1' ? '1 session afsluttet' : `${count} sessioner afsluttet`);
  const parts = detail.split('; ').map((part) => {
    let match: RegExpExecArray | null;
    if ((match = /^created: employer for CVR (.+)$/.exec(part))) return `oprettet som arbejdsgiver for CVR ${match[1]}`;
    if ((match = /^created: ([\w-]+)$/.exec(part)) && roles[match[1] as keyof Messages['roles']]) {
      return `oprettet som ${role(match[1])}`;
    }
    if ((match = /^created: (\S+)$/.exec(part))) return `oprettet: ${match[1]}`;
    if ((match = /^revoked: (\S+)$/.exec(part))) return `tilbagekaldt: ${match[1]}`;
    if ((match = /^role: ([\w-]+) → ([\w-]+)$/.exec(part))) return `rolle: ${role(match[1])} → ${role(match[2])}`;
    if ((match = /^companies: (.*) → (.*)$/.exec(part))) return `virksomheder (CVR): ${match[1]} → ${match[2]}`;
    if ((match = /^(\d+) session\(s\) ended$/.exec(part))) return sessions(match[1]);
    if (part === 'name changed') return 'navn ændret';
    if (part === 'deactivated') return 'deaktiveret';
    if (part === 'reactivated') return 'genaktiveret';
    if (part === 'new one-time password issued') return 'ny engangsadgangskode udstedt';
    return null;
  });
  return parts.every((part) => part !== null) ? { text: parts.join('; ') } : { text: detail, lang: 'en' };
}
