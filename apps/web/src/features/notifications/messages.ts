import { defineMessages } from '../../i18n';

type EventTexts = Record<
  | 'intake-assigned'
  | 'intake-deadline-reminder'
  | 'intake-deadline-breached'
  | 'intake-receipt'
  | 'shortlist-sent'
  | 'code-of-care-inactive-soon'
  | 'monthly-figures-ready',
  { name: string; title: string; line: string }
>;

const da = {
  inboxLink: 'Beskeder',
  unreadCount: '{count} ulæste',
  title: 'Beskeder',
  intro: 'Det, Jobbro har fortalt dig om. Nyeste først.',
  settingsLink: 'Indstillinger for beskeder',
  showAll: 'Alle',
  showUnread: 'Kun ulæste',
  filterLabel: 'Vis',
  markRead: 'Markér som læst',
  markReadOf: 'Markér som læst: {title}',
  markAllRead: 'Markér alle som læst',
  markedAll: 'Alle beskeder er markeret som læst.',
  markedOne: 'Beskeden er markeret som læst.',
  unread: 'Ulæst',
  none: 'Du har ingen beskeder.',
  noneUnread: 'Du har ingen ulæste beskeder.',
  received: 'Modtaget {at}',
  settingsTitle: 'Indstillinger for beskeder',
  settingsIntro:
    'Vælg for hver slags besked, om du vil have den på e-mail, her i Jobbro eller begge dele, og hvilket sprog ' +
    'dine e-mails skal skrives på.',
  languageLegend: 'Sprog i e-mails og beskeder',
  languages: { da: 'Dansk', en: 'Engelsk' },
  channelsLegend: 'Hvordan vil du have besked?',
  channels: { 'email-and-in-app': 'E-mail og i Jobbro', email: 'Kun e-mail', 'in-app': 'Kun i Jobbro' },
  save: 'Gem indstillinger',
  saved: 'Dine indstillinger er gemt.',
  backToInbox: 'Tilbage til beskeder',
  events: {
    'intake-assigned': {
      name: 'Ny henvendelse til dig',
      title: 'Ny henvendelse: {companyName}',
      line: 'Ring til {contactName} senest {deadline}.',
    },
    'intake-deadline-reminder': {
      name: 'Påmindelse før fristen',
      title: 'Fristen nærmer sig: {companyName}',
      line: 'Virksomheden skal kontaktes senest {deadline}.',
    },
    'intake-deadline-breached': {
      name: 'Fristen er overskredet',
      title: 'Fristen er overskredet: {companyName}',
      line: 'Ingen har kontaktet virksomheden inden {deadline}.',
    },
    'intake-receipt': {
      name: 'Kvittering for jeres henvendelse',
      title: 'Vi har modtaget jeres henvendelse',
      line: '{jobcentreName} kontakter {companyName} senest {deadline}.',
    },
    'shortlist-sent': {
      name: 'Ny kandidatliste',
      title: 'Ny kandidatliste til {companyName}',
      line: '{candidates} kandidater fra {jobcentreName}.',
    },
    'code-of-care-inactive-soon': {
      name: 'Medlem bliver snart inaktivt',
      title: '{companyName} bliver snart inaktiv',
      line: 'Medlemmet af {networkName} bliver inaktivt {inactiveOn}, medmindre der sker noget.',
    },
    'monthly-figures-ready': {
      name: 'Månedens måltal er klar',
      title: 'Måltal for {month} er klar',
      line: 'Tallene for {jobcentreName} er beregnet.',
    },
  } satisfies EventTexts as EventTexts,
};

export const messages = defineMessages({
  da,
  en: {
    inboxLink: 'Messages',
    unreadCount: '{count} unread',
    title: 'Messages',
    intro: 'What Jobbro has told you about. Newest first.',
    settingsLink: 'Message settings',
    showAll: 'All',
    showUnread: 'Unread only',
    filterLabel: 'Show',
    markRead: 'Mark as read',
    markReadOf: 'Mark as read: {title}',
    markAllRead: 'Mark all as read',
    markedAll: 'All messages are marked as read.',
    markedOne: 'The message is marked as read.',
    unread: 'Unread',
    none: 'You have no messages.',
    noneUnread: 'You have no unread messages.',
    received: 'Received {at}',
    settingsTitle: 'Message settings',
    settingsIntro:
      'Choose for each kind of message whether you want it by e-mail, here in Jobbro or both, and the language of ' +
      'your e-mails.',
    languageLegend: 'Language of e-mails and messages',
    languages: { da: 'Danish', en: 'English' },
    channelsLegend: 'How do you want to be told?',
    channels: { 'email-and-in-app': 'E-mail and in Jobbro', email: 'E-mail only', 'in-app': 'In Jobbro only' },
    save: 'Save settings',
    saved: 'Your settings are saved.',
    backToInbox: 'Back to messages',
    events: {
      'intake-assigned': {
        name: 'A new request for you',
        title: 'New request: {companyName}',
        line: 'Call {contactName} by {deadline}.',
      },
      'intake-deadline-reminder': {
        name: 'Reminder before the deadline',
        title: 'The deadline is near: {companyName}',
        line: 'The company must be contacted by {deadline}.',
      },
      'intake-deadline-breached': {
        name: 'Deadline missed',
        title: 'Deadline missed: {companyName}',
        line: 'Nobody contacted the company by {deadline}.',
      },
      'intake-receipt': {
        name: 'Receipt for your request',
        title: 'We have received your request',
        line: '{jobcentreName} will contact {companyName} by {deadline}.',
      },
      'shortlist-sent': {
        name: 'A new shortlist',
        title: 'New shortlist for {companyName}',
        line: '{candidates} candidates from {jobcentreName}.',
      },
      'code-of-care-inactive-soon': {
        name: 'A member turns inactive soon',
        title: '{companyName} turns inactive soon',
        line: 'The member of {networkName} turns inactive on {inactiveOn} unless something happens.',
      },
      'monthly-figures-ready': {
        name: "The month's figures are ready",
        title: 'Figures for {month} are ready',
        line: 'The figures for {jobcentreName} are computed.',
      },
    },
  },
});
