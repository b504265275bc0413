import type { Language } from '../../i18n';

/** The API's field names, as the form's labels say them in Danish (for the rule messages that name a field). */
const FIELD_DA: Record<string, string> = {
  occupation: 'stilling',
  occupationCode: 'stilling',
  hoursPerWeek: 'timer om ugen',
  workplacePostcode: 'arbejdssted',
  startDate: 'startdato',
  endDate: 'slutdato',
  durationWeeks: 'varighed i uger',
  targetGroups: 'målgrupper',
  targetGroup: 'målgruppe',
  employerType: 'arbejdsgiver',
  educationName: 'uddannelse',
  educationMonths: 'uddannelsens længde',
};
const field = (name: string) => FIELD_DA[name] ?? name;
const number = (value: string) => value.replace('.', ',');

/**
 * The API words the kind and placement rules' refusals in English, each naming its rule; here they are in Danish,
 * with the figures the API gave (the jobcentre's own limits). A message not known here is shown as the API wrote it.
 */
const DANISH: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^(\w+) does not belong to an? (.+) posting/, (m) => `Feltet «${field(m[1])}» hører ikke til et ${m[2]}.`],
  [
    /^(\w+) is needed before the posting can be published/,
    (m) => `Udfyld ${field(m[1])}, før opslaget kan offentliggøres.`,
  ],
  [/^endDate (\S+) is before startDate (\S+)/, (m) => `Slutdatoen ${m[1]} ligger før startdatoen ${m[2]}.`],
  [
    /a småjob has ([\d.]+) to ([\d.]+) hours a week in this jobcentre, not ([\d.]+)/,
    (m) => `Et småjob har ${number(m[1])} til ${number(m[2])} timer om ugen i dette jobcenter, ikke ${number(m[3])}.`,
  ],
  [
    /a småjob is for (.+) in this jobcentre, not (.+?) \(rule/,
    (m) => `Et småjob er for ${m[1]} i dette jobcenter, ikke ${m[2]}.`,
  ],
  [/a småjob must name the target groups/, () => 'Et småjob skal angive de målgrupper, det er for.'],
  [
    /a voksenlærling place must name the education and its length \((\w+)\)/,
    (m) => `En voksenlærlingeplads skal angive uddannelsen og dens længde (${field(m[1])} mangler).`,
  ],
  [/must name the target group it is for/, () => 'Angiv den målgruppe, pladsen er for.'],
  [/must say how many weeks it lasts/, () => 'Angiv, hvor mange uger forløbet varer.'],
  [
    /is not for (\S+) in this jobcentre \(only ([^)]*)\)/,
    (m) => `Er ikke for ${m[1]} i dette jobcenter (kun ${m[2]}).`,
  ],
  [/for (\S+) lasts at most (\d+) weeks, not (\d+)/, (m) => `For ${m[1]} varer det højst ${m[2]} uger, ikke ${m[3]}.`],
  [/must say whether the employer is private or public/, () => 'Angiv, om arbejdsgiveren er privat eller offentlig.'],
  [
    /a fleksjob is for people visitated to fleksjob, not (\S+)/,
    (m) => `Et fleksjob er for personer visiteret til fleksjob, ikke ${m[1]}.`,
  ],
  // Placement rules (409)
  [
    /a voksenlærling must be (\d+) or older at the start \((\S+)\); the candidate will be (\d+)/,
    (m) => `En voksenlærling skal være mindst ${m[1]} år ved start (${m[2]}); kandidaten vil være ${m[3]}.`,
  ],
  [
    /a voksenlærling must be (\d+) or older; record the candidate's birth date/,
    (m) => `En voksenlærling skal være mindst ${m[1]} år; registrér først kandidatens fødselsdato.`,
  ],
  [
    /this småjob is for (.+); record the candidate's target group/,
    (m) => `Dette småjob er for ${m[1]}; registrér først kandidatens målgruppe.`,
  ],
  [/this småjob is for (.+), not (\S+?) \(rule/, (m) => `Dette småjob er for ${m[1]}, ikke for ${m[2]}.`],
  [
    /this place is for (\S+); the candidate's target group is (.+?) \(rule/,
    (m) => `Pladsen er for ${m[1]}; kandidatens målgruppe er ${m[2] === 'not recorded' ? 'ikke registreret' : m[2]}.`,
  ],
  [/The candidate is already placed in this posting/, () => 'Kandidaten er allerede formidlet til dette opslag.'],
  [
    /The posting is (\w+) and cannot be given a placement/,
    (m) => `Opslaget er ${STATUS_DA[m[1]] ?? m[1]} og kan ikke få flere formidlinger: der er ingen ledige pladser.`,
  ],
  [
    /The posting is (\w+) and cannot be published/,
    (m) => `Opslaget er ${STATUS_DA[m[1]] ?? m[1]} og kan ikke offentliggøres.`,
  ],
  [/The posting is (\w+) and cannot be closed/, (m) => `Opslaget er ${STATUS_DA[m[1]] ?? m[1]} og kan ikke lukkes.`],
  [
    /The posting is (\w+); only the jobcentre can change it/,
    (m) => `Opslaget er ${STATUS_DA[m[1]] ?? m[1]}; nu kan kun jobcentret ændre det.`,
  ],
  [/The placement ended already/, () => 'Formidlingen er allerede afsluttet.'],
];
const STATUS_DA: Record<string, string> = { draft: 'en kladde', open: 'åbent', filled: 'besat', closed: 'lukket' };

/** One API message of a rule or a refused action, in the user's language: `lang` is set when it stays English. */
export function ruleText(message: string, language: Language): { text: string; lang?: string } {
  if (language === 'en') return { text: message };
  for (const [pattern, danish] of DANISH) {
    const match = message.match(pattern);
    if (match) return { text: danish(match) };
  }
  return { text: message, lang: 'en' };
}

/** Whether a field message is one of the kind rules' (the API names the rule in it). */
export const isRuleMessage = (message: string) => /\(rule [^)]+\)/.test(message);
