/** Danish, the default: every text the web app shows, in one place. English (en.ts) has the same keys. */
export const da = {
  appName: 'Jobbro',
  skipToContent: 'Gå til indhold',
  language: 'Sprog',
  switchLanguage: 'English',
  signIn: {
    title: 'Log ind',
    intro: 'Log ind med din e-mail og adgangskode fra jobcentret.',
    email: 'E-mail',
    password: 'Adgangskode',
    submit: 'Log ind',
    submitting: 'Logger ind …',
    missing: 'Udfyld både e-mail og adgangskode.',
    wrong: 'E-mail eller adgangskode er forkert.',
    throttled: 'For mange forsøg. Prøv igen om {seconds} sekunder.',
    failed: 'Log ind mislykkedes. Prøv igen om lidt.',
    demo:
      'Demo: brugerne og deres fælles adgangskode står i terminalen, hvor Jobbro blev startet, ' +
      'og i .data/demo-password.',
  },
  shell: {
    mainNav: 'Hovedmenu',
    signedInAs: 'Logget ind som',
    signOut: 'Log ud',
    welcome: 'Velkommen, {name}',
    today: 'I dag er det {date}.',
  },
  roles: {
    consultant: 'Konsulent',
    'network-coordinator': 'Netværkskoordinator',
    lead: 'Teamleder',
    admin: 'Administrator',
    employer: 'Arbejdsgiver',
    integration: 'Integration',
  },
  queue: {
    title: 'Vagtskema',
    caption: 'Åbne henvendelser, den mest presserende frist først',
    count: '{count} åbne henvendelser, den mest presserende frist først.',
    empty: 'Der er ingen åbne henvendelser.',
    failed: 'Henvendelserne kunne ikke hentes. Prøv igen om lidt.',
    deadline: 'Frist',
    company: 'Virksomhed',
    kind: 'Type',
    status: 'Status',
    assignee: 'Ansvarlig',
    unassigned: 'Ingen',
    unknownCompany: 'Ukendt virksomhed',
    breached: 'Frist overskredet',
  },
  kinds: {
    recruitment: 'Rekruttering',
    småjob: 'Småjob',
    voksenlærling: 'Voksenlærling',
    'praktik-løntilskud': 'Praktik eller løntilskud',
    retention: 'Fastholdelse',
    'mentor-course': 'Mentorkursus',
    'code-of-care-interest': 'Interesse for Code of Care',
  },
  statuses: {
    'awaiting-contact': 'Afventer kontakt',
    contacted: 'Kontaktet',
    closed: 'Lukket',
  },
  loading: 'Indlæser …',
};

export type Messages = typeof da;
