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
    signOutEverywhere: 'Log ud alle steder',
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
  form: {
    errorPrefix: 'Fejl:',
    invalid: 'Der er fejl i formularen. Ret felterne herunder; alt det, du har skrevet, er gemt i formularen.',
    failed: 'Det lykkedes ikke. Prøv igen om lidt; det, du har skrevet, er ikke gået tabt.',
    offline: 'Jobbro kan ikke nås lige nu. Tjek forbindelsen og prøv igen; det, du har skrevet, er ikke gået tabt.',
    signedOut: 'Du er blevet logget ud. Log ind igen for at fortsætte.',
    forbidden: 'Du har ikke adgang til at gøre dette.',
    notFound: 'Det, du leder efter, findes ikke, eller du har ikke adgang til det.',
    conflict: 'Det kunne ikke lade sig gøre: {message}',
    throttled: 'For mange forsøg. Prøv igen om {seconds} sekunder.',
    required: 'Skal udfyldes.',
  },
  pagination: {
    label: 'Sider',
    previous: 'Forrige side',
    next: 'Næste side',
    position: 'Side {page} af {pages} ({total} i alt)',
  },
  notYours: {
    title: 'Denne side er ikke til dig',
    body: 'Siden hører til en anden rolle end din. Kontakt en administrator, hvis du mener, du skal have adgang.',
    home: 'Gå til din forside',
  },
  notFound: {
    title: 'Siden findes ikke',
    body: 'Adressen peger ikke på en side i Jobbro.',
    home: 'Gå til forsiden',
  },
  loading: 'Indlæser …',
};

export type Messages = typeof da;
