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
    signOutEverywhere: 'Sign out everywhere',
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
  form: {
    errorPrefix: 'Error:',
    invalid: 'The form has errors. Correct the fields below; everything you typed is still in the form.',
    failed: 'That did not work. Try again shortly; nothing you typed is lost.',
    offline: 'Jobbro cannot be reached right now. Check the connection and try again; nothing you typed is lost.',
    signedOut: 'You have been signed out. Sign in again to continue.',
    forbidden: 'You are not allowed to do this.',
    notFound: 'What you are looking for does not exist, or you have no access to it.',
    conflict: 'That could not be done: {message}',
    throttled: 'Too many attempts. Try again in {seconds} seconds.',
    required: 'Required.',
  },
  pagination: {
    label: 'Pages',
    previous: 'Previous page',
    next: 'Next page',
    position: 'Page {page} of {pages} ({total} in all)',
  },
  notYours: {
    title: 'This page is not for you',
    body: 'The page belongs to another role than yours. Ask an administrator if you think you should have access.',
    home: 'Go to your front page',
  },
  notFound: {
    title: 'Page not found',
    body: 'The address does not lead to a page in Jobbro.',
    home: 'Go to the front page',
  },
  loading: 'Loading …',
};
