import type { Messages } from './da';

/** English: the same keys as Danish (da.ts); the compiler refuses a missing one. */
export const en: Messages = {
  appName: 'Jobbro',
  skipToContent: 'Skip to content',
  language: 'Language',
  switchLanguage: 'Dansk',
  signIn: {
    title: 'Sign in',
    intro: 'Sign in with your jobcentre e-mail and password.',
    email: 'E-mail',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in …',
    missing: 'Fill in both e-mail and password.',
    wrong: 'The e-mail or the password is wrong.',
    throttled: 'Too many attempts. Try again in {seconds} seconds.',
    failed: 'Signing in failed. Try again shortly.',
    demo:
      'Demo: the users and their shared password are shown in the terminal that started Jobbro, ' +
      'and in .data/demo-password.',
  },
  shell: {
    mainNav: 'Main menu',
    signedInAs: 'Signed in as',
    signOut: 'Sign out',
    welcome: 'Welcome, {name}',
    today: 'Today is {date}.',
  },
  roles: {
    consultant: 'Consultant',
    'network-coordinator': 'Network coordinator',
    lead: 'Team lead',
    admin: 'Administrator',
    employer: 'Employer',
    integration: 'Integration',
  },
  queue: {
    title: 'Duty desk',
    caption: 'Open intakes, most urgent deadline first',
    count: '{count} open intakes, most urgent deadline first.',
    empty: 'There are no open intakes.',
    failed: 'The intakes could not be fetched. Try again shortly.',
    deadline: 'Deadline',
    company: 'Company',
    kind: 'Kind',
    status: 'Status',
    assignee: 'Assignee',
    unassigned: 'Nobody',
    unknownCompany: 'Unknown company',
    breached: 'Deadline breached',
  },
  kinds: {
    recruitment: 'Recruitment',
    småjob: 'Småjob',
    voksenlærling: 'Voksenlærling',
    'praktik-løntilskud': 'Praktik or løntilskud',
    retention: 'Retention',
    'mentor-course': 'Mentor course',
    'code-of-care-interest': 'Interest in Code of Care',
  },
  statuses: {
    'awaiting-contact': 'Awaiting contact',
    contacted: 'Contacted',
    closed: 'Closed',
  },
  loading: 'Loading …',
};
