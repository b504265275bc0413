import { firstContactDeadline, parseClockTime, type DeadlinePolicy } from './first-contact-deadline';

const workingHours = (overrides: Partial<Extract<DeadlinePolicy, { mode: 'working-hours' }>> = {}): DeadlinePolicy => ({
  mode: 'working-hours',
  hours: 24,
  timeZone: 'Europe/Copenhagen',
  openingHours: { opensAt: '08:00', closesAt: '16:00' },
  ...overrides,
});
const deadline = (receivedAt: string, policy: DeadlinePolicy = workingHours()) =>
  firstContactDeadline(new Date(receivedAt), policy).toISOString();

describe('firstContactDeadline, calendar hours', () => {
  it('adds the hours to the moment of receipt, across a daylight-saving switch too', () => {
    expect(deadline('2026-11-23T09:15:00.000Z', { mode: 'calendar-hours', hours: 24 })).toBe(
      '2026-11-24T09:15:00.000Z',
    );
    expect(deadline('2026-03-28T12:00:00.000Z', { mode: 'calendar-hours', hours: 24 })).toBe(
      '2026-03-29T12:00:00.000Z',
    );
  });
});

// Opening hours 08:00–16:00 make 8 working hours a day, so 24 working hours are three full days.
describe('firstContactDeadline, working hours in Europe/Copenhagen', () => {
  it('counts three working days from Monday 10:00 to Thursday 10:00', () => {
    expect(deadline('2026-11-23T09:00:00.000Z')).toBe('2026-11-26T09:00:00.000Z');
  });

  it('skips the weekend: Friday 10:00 runs to Wednesday 10:00', () => {
    expect(deadline('2026-11-27T09:00:00.000Z')).toBe('2026-12-02T09:00:00.000Z');
  });

  it('starts a Saturday request at Monday opening and ends exactly at Wednesday closing', () => {
    expect(deadline('2026-11-28T11:00:00.000Z')).toBe('2026-12-02T15:00:00.000Z');
  });

  it('starts counting at opening for a request before it, and at the next opening for one after closing', () => {
    expect(deadline('2026-11-23T05:00:00.000Z')).toBe('2026-11-25T15:00:00.000Z');
    expect(deadline('2026-11-23T16:00:00.000Z')).toBe('2026-11-26T15:00:00.000Z');
  });

  it('skips Easter: Skærtorsdag, Langfredag (a Friday holiday) and 2. påskedag', () => {
    // Wed 1 April 10:00 CEST: 6 h that day, then Tue 7 and Wed 8 April, and 2 h on Thu 9 April.
    expect(deadline('2026-04-01T08:00:00.000Z')).toBe('2026-04-09T08:00:00.000Z');
  });

  it('skips Christmas, with and without Juleaftensdag as a closed day', () => {
    // Wed 23 December 12:00 CET: 4 h that day.
    expect(deadline('2026-12-23T11:00:00.000Z')).toBe('2026-12-29T11:00:00.000Z');
    expect(deadline('2026-12-23T11:00:00.000Z', workingHours({ closedDays: { christmasEve: true } }))).toBe(
      '2026-12-30T11:00:00.000Z',
    );
  });

  it('skips Kristi himmelfartsdag, a Thursday', () => {
    // Wed 13 May 2026 14:00 CEST: 2 h, Thu 14 closed, Fri 15 8 h, Mon 18 8 h, Tue 19 6 h.
    expect(deadline('2026-05-13T12:00:00.000Z')).toBe('2026-05-19T12:00:00.000Z');
  });

  it('keeps local opening hours across the switch to summer time', () => {
    // Fri 27 March 14:00 CET (2 h); summer time from Sun 29 March; Mon 30 and Tue 31 March; 6 h on Wed 1 April.
    expect(deadline('2026-03-27T13:00:00.000Z')).toBe('2026-04-01T12:00:00.000Z');
  });

  it('keeps local opening hours across the switch back to winter time', () => {
    // Fri 23 October 14:00 CEST (2 h); winter time from Sun 25 October; Mon 26, Tue 27; 6 h on Wed 28 October.
    expect(deadline('2026-10-23T12:00:00.000Z')).toBe('2026-10-28T13:00:00.000Z');
  });

  it('handles fractional hours and other opening hours', () => {
    const shortDays = workingHours({ hours: 7.5, openingHours: { opensAt: '08:30', closesAt: '15:00' } });
    // Mon 23 November 14:00 CET: 1 h, then 6.5 h on Tuesday: 08:30 + 6:30 = 15:00 closing.
    expect(deadline('2026-11-23T13:00:00.000Z', shortDays)).toBe('2026-11-24T14:00:00.000Z');
  });

  it('rejects policies it cannot count with', () => {
    expect(() => deadline('2026-11-23T09:00:00.000Z', workingHours({ hours: 0 }))).toThrow(
      /hours must be a positive number/,
    );
    expect(() => deadline('2026-11-23T09:00:00.000Z', { mode: 'calendar-hours', hours: Number.NaN })).toThrow(
      RangeError,
    );
    expect(() =>
      deadline('2026-11-23T09:00:00.000Z', workingHours({ openingHours: { opensAt: '16:00', closesAt: '08:00' } })),
    ).toThrow(/must be later than opensAt/);
    expect(() =>
      deadline('2026-11-23T09:00:00.000Z', workingHours({ openingHours: { opensAt: '8', closesAt: '16:00' } })),
    ).toThrow(/HH:mm/);
    expect(() => deadline('2026-11-23T09:00:00.000Z', workingHours({ timeZone: 'Mars/Olympus' }))).toThrow(
      /IANA time zone/,
    );
  });
});

describe('parseClockTime', () => {
  it('reads HH:mm as minutes since midnight', () => {
    expect(parseClockTime('00:00')).toBe(0);
    expect(parseClockTime('08:30')).toBe(510);
    expect(parseClockTime('23:59')).toBe(1439);
    expect(() => parseClockTime('24:00')).toThrow(RangeError);
  });
});
