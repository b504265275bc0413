import { isRuleMessage, ruleText } from './rule-texts';

/** Messages as the API words them (libs/postings/src/rules and posting-lifecycle), one of each shape. */
const API_MESSAGES: [string, string][] = [
  ['durationWeeks does not belong to a småjob posting (rule fields-of-kind)', 'Feltet «varighed i uger» hører ikke'],
  ['occupationCode is needed before the posting can be published (rule complete-to-publish)', 'Udfyld stilling, før'],
  ['endDate 2027-01-01 is before startDate 2027-02-01 (rule end-after-start)', 'Slutdatoen 2027-01-01 ligger før'],
  [
    'a småjob has 1 to 15 hours a week in this jobcentre, not 20.5 (rule småjob-hours)',
    'Et småjob har 1 til 15 timer om ugen i dette jobcenter, ikke 20,5.',
  ],
  [
    'a småjob is for kontanthjælp, integration in this jobcentre, not dagpenge (rule småjob-target-groups)',
    'Et småjob er for kontanthjælp, integration i dette jobcenter, ikke dagpenge.',
  ],
  ['a småjob must name the target groups it is for (rule småjob-target-groups)', 'Et småjob skal angive'],
  [
    'a voksenlærling place must name the education and its length (educationMonths) ' +
      '(rule voksenlærling-education)',
    'En voksenlærlingeplads skal angive uddannelsen og dens længde (uddannelsens længde mangler).',
  ],
  ['virksomhedspraktik must name the target group it is for (rule praktik-duration)', 'Angiv den målgruppe'],
  ['virksomhedspraktik must say how many weeks it lasts (rule praktik-duration)', 'Angiv, hvor mange uger'],
  [
    'virksomhedspraktik for dagpenge lasts at most 4 weeks, not 6 (rule praktik-duration)',
    'For dagpenge varer det højst 4 uger, ikke 6.',
  ],
  [
    'løntilskud with a public employer is not for sygedagpenge in this jobcentre (only dagpenge) ' +
      '(rule løntilskud-duration)',
    'Er ikke for sygedagpenge i dette jobcenter (kun dagpenge).',
  ],
  [
    'a løntilskud place must say whether the employer is private or public (rule løntilskud-employer-type)',
    'Angiv, om arbejdsgiveren er privat eller offentlig.',
  ],
  [
    'a fleksjob is for people visitated to fleksjob, not dagpenge (rule fleksjob-target-group)',
    'Et fleksjob er for personer visiteret til fleksjob, ikke dagpenge.',
  ],
  [
    'a voksenlærling must be 25 or older at the start (2027-01-04); the candidate will be 22 ' +
      '(rule voksenlærling-min-age)',
    'En voksenlærling skal være mindst 25 år ved start (2027-01-04); kandidaten vil være 22.',
  ],
  [
    'this småjob is for kontanthjælp, integration, not dagpenge (rule småjob-target-group)',
    'Dette småjob er for kontanthjælp, integration, ikke for dagpenge.',
  ],
  [
    "this place is for fleksjob; the candidate's target group is not recorded (rule placement-target-group)",
    'Pladsen er for fleksjob; kandidatens målgruppe er ikke registreret.',
  ],
  [
    'The posting is filled and cannot be given a placement (only an open posting can be)',
    'Opslaget er besat og kan ikke få flere formidlinger: der er ingen ledige pladser.',
  ],
  ['The candidate is already placed in this posting', 'Kandidaten er allerede formidlet til dette opslag.'],
];

describe('ruleText', () => {
  it.each(API_MESSAGES)('puts "%s" into Danish', (message, danish) => {
    const text = ruleText(message, 'da');
    expect(text.lang).toBeUndefined();
    expect(text.text.startsWith(danish)).toBe(true);
  });

  it('keeps an unknown message as the API wrote it, marked as English, and English as it is', () => {
    expect(ruleText('something new (rule x)', 'da')).toEqual({ text: 'something new (rule x)', lang: 'en' });
    expect(ruleText(API_MESSAGES[3][0], 'en')).toEqual({ text: API_MESSAGES[3][0] });
  });

  it('knows a rule message by the rule it names, Danish letters too', () => {
    expect(isRuleMessage(API_MESSAGES[3][0])).toBe(true);
    expect(isRuleMessage('title should not be empty')).toBe(false);
  });
});
