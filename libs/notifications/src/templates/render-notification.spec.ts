import { NOTIFICATION_EVENT_TYPES, type NotificationData, type NotificationEventType } from '../notification-events';
import { escapeHtml, formatDay, formatInstant, formatMonth } from './format';
import { renderNotification } from './render-notification';

const INTAKE = '8a6f1c1e-1d2b-4a55-9d7e-2b8c0c7f9a10';
const intake = {
  intakeId: INTAKE,
  companyName: 'Bjerre Byg & Søn <ApS>',
  cvrNumber: '12345674',
  kind: 'småjob',
  receivedAt: '2026-11-24T08:00:00.000Z',
  deadlineAt: '2026-11-25T08:00:00.000Z',
};

/** One example of every event type, its company with markup characters in its name. */
const EXAMPLES: { [T in NotificationEventType]: NotificationData[T] } = {
  'intake-assigned': { ...intake, assigneeName: 'Anne', contactName: 'Lise', contactPhone: '+45 75 12 34 56' },
  'intake-deadline-reminder': { ...intake, assigneeName: 'Anne' },
  'intake-deadline-breached': { ...intake, assigneeName: null, breachedAt: '2026-11-25T08:00:05.000Z' },
  'intake-receipt': { ...intake, jobcentreName: 'Jobcenter Hedensted', contactName: 'Lise' },
  'shortlist-sent': {
    shortlistId: '5f0c1c1e-1d2b-4a55-9d7e-2b8c0c7f9a10',
    companyName: 'Bjerre Byg & Søn <ApS>',
    postingTitle: 'Lagermedarbejder',
    candidates: 3,
    sentByName: 'Anne',
    jobcentreName: 'Jobcenter Hedensted',
  },
  'code-of-care-inactive-soon': {
    membershipId: '6f0c1c1e-1d2b-4a55-9d7e-2b8c0c7f9a10',
    companyName: 'Bjerre Byg & Søn <ApS>',
    networkName: 'Code of Care Hedensted',
    inactiveOn: '2026-12-01',
    lastActivityOn: '2026-06-03',
  },
  'monthly-figures-ready': {
    reportId: '7f0c1c1e-1d2b-4a55-9d7e-2b8c0c7f9a10',
    month: '2026-10',
    jobcentreName: 'Jobcenter Hedensted',
    computedAt: '2026-11-01T04:00:00.000Z',
  },
};

/** What each subject says, in Danish and English. */
const SUBJECTS: Record<NotificationEventType, [RegExp, RegExp]> = {
  'intake-assigned': [/^Ny henvendelse til dig: Bjerre Byg/, /^New request for you: Bjerre Byg/],
  'intake-deadline-reminder': [
    /^Påmindelse: ring til Bjerre Byg .* kl\. 09\.00$/,
    /^Reminder: call Bjerre Byg .*09:00$/,
  ],
  'intake-deadline-breached': [/^Fristen er overskredet/, /^Deadline missed/],
  'intake-receipt': [
    /^Tak for din henvendelse til Jobcenter Hedensted$/,
    /^Thank you for contacting Jobcenter Hedensted$/,
  ],
  'shortlist-sent': [/^Kandidater til Lagermedarbejder fra Jobcenter Hedensted$/, /^Candidates for Lagermedarbejder/],
  'code-of-care-inactive-soon': [
    /inaktiv i Code of Care tirsdag den 1\. december 2026$/,
    /inactive in Code of Care on Tuesday/,
  ],
  'monthly-figures-ready': [
    /^Ledelsestal for oktober 2026 er klar$/,
    /^Management figures for October 2026 are ready$/,
  ],
};

const LINKS: Record<NotificationEventType, string | null> = {
  'intake-assigned': `https://jobbro.example.dk/vagtskema/${INTAKE}`,
  'intake-deadline-reminder': `https://jobbro.example.dk/vagtskema/${INTAKE}`,
  'intake-deadline-breached': `https://jobbro.example.dk/vagtskema/${INTAKE}`,
  'intake-receipt': null,
  'shortlist-sent': 'https://jobbro.example.dk/mine-kandidatlister/5f0c1c1e-1d2b-4a55-9d7e-2b8c0c7f9a10',
  'code-of-care-inactive-soon': 'https://jobbro.example.dk/code-of-care/medlemmer/6f0c1c1e-1d2b-4a55-9d7e-2b8c0c7f9a10',
  'monthly-figures-ready': 'https://jobbro.example.dk/maaltal?maaned=2026-10',
};

describe('renderNotification', () => {
  it('has an example for every event type', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual([...NOTIFICATION_EVENT_TYPES].sort());
  });

  describe.each(NOTIFICATION_EVENT_TYPES)('%s', (eventType) => {
    it.each([
      ['da', 0],
      ['en', 1],
    ] as const)('in %s: subject, text and HTML, the data escaped, a link where there is one', (language, index) => {
      const mail = renderNotification(eventType, EXAMPLES[eventType] as never, language, {
        webUrl: 'https://jobbro.example.dk/',
        recipientName: 'Anne <Admin>',
      });
      expect(mail.subject).toMatch(SUBJECTS[eventType][index]);
      expect(mail.subject).not.toMatch(/[\r\n]/);

      expect(mail.text.startsWith(language === 'da' ? 'Hej Anne <Admin>,' : 'Hello Anne <Admin>,')).toBe(true);
      expect(mail.text).not.toMatch(/&amp;|&lt;/);

      expect(mail.html).toContain(`<html lang="${language}">`);
      expect(mail.html).toContain('Anne &lt;Admin&gt;');
      expect(mail.html).not.toContain('<Admin>');
      expect(mail.html).not.toContain('<ApS>');
      if (eventType !== 'monthly-figures-ready') expect(mail.html).toContain('Bjerre Byg &amp; Søn &lt;ApS&gt;');

      const link = LINKS[eventType];
      if (link) {
        expect(mail.text).toContain(link);
        expect(mail.html).toContain(`href="${escapeHtml(link)}"`);
      } else {
        expect(mail.html).not.toContain('href=');
        expect(mail.text).not.toContain('http');
      }
    });
  });

  it('tells Danish times on the Copenhagen clock, summer and winter, and English ones likewise', () => {
    const da = renderNotification('intake-deadline-reminder', EXAMPLES['intake-deadline-reminder'], 'da');
    expect(da.text).toContain('Første kontakt senest: onsdag den 25. november 2026 kl. 09.00');
    expect(formatInstant('2026-07-01T08:00:00Z', 'da')).toBe('onsdag den 1. juli 2026 kl. 10.00');
    expect(formatInstant('2026-11-25T08:00:00Z', 'en')).toBe('Wednesday, 25 November 2026 at 09:00');
    expect(formatDay('2026-12-01', 'da')).toBe('tirsdag den 1. december 2026');
    expect(formatMonth('2026-10', 'da')).toBe('oktober 2026');
  });

  it('links to the web app at its default address without PUBLIC_URL, and never to a page of nothing', () => {
    const mail = renderNotification('intake-assigned', EXAMPLES['intake-assigned'], 'da');
    expect(mail.text).toContain(`Åbn henvendelsen: http://localhost:3000/vagtskema/${INTAKE}`);
    expect(mail.text).toContain('Telefon:');
    const noPhone = renderNotification('intake-assigned', { ...EXAMPLES['intake-assigned'], contactPhone: null }, 'da');
    expect(noPhone.text).not.toContain('Telefon:');
  });

  it('keeps a subject on one line whatever the data holds', () => {
    const mail = renderNotification(
      'intake-assigned',
      { ...EXAMPLES['intake-assigned'], companyName: 'Evil\r\nBcc: victim@example.com' },
      'en',
    );
    expect(mail.subject).toBe('New request for you: Evil Bcc: victim@example.com');
  });

  it('says one candidate in words', () => {
    const mail = renderNotification('shortlist-sent', { ...EXAMPLES['shortlist-sent'], candidates: 1 }, 'da');
    expect(mail.text).toContain('har sendt én kandidat til');
  });
});
