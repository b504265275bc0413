// The messages module takes its helper from the i18n provider (a .tsx file this project's Jest does not load).
jest.mock('../../i18n', () => ({ defineMessages: <T>(messages: T) => messages }), { virtual: true });

import type { MonthlyFigures } from './api';
import {
  figureSections,
  formatDuration,
  formatValue,
  isMonth,
  monthName,
  monthsUpTo,
  previousMonth,
} from './figure-rows';
import { messages } from './messages';

const FIGURES: MonthlyFigures = {
  jobcentreId: 'j',
  month: '2026-01',
  intakes: {
    received: 1234,
    contactedWithinDeadline: 1176,
    withinDeadlineShare: 0.953,
    awaitingContact: 0,
    hoursToFirstContact: { median: 4.25, p90: null },
    breaches: {
      total: 2,
      byConsultant: [
        { staffMemberId: 's', name: 'Søren', count: 2 },
        { staffMemberId: null, name: 'Unassigned', count: 1 },
      ],
      byChannel: [{ channel: 'phone', count: 2 }],
      byKind: [{ kind: 'småjob', count: 2 }],
    },
  },
  postings: { byKind: [] },
  smaajobs: { started: 1, hoursPerWeek: 7.5 },
  voksenlaerlingStarts: 0,
  placements: {
    started: 3,
    byTargetGroup: [{ targetGroup: 'dagpenge', count: 3 }],
    ladderStepMoves: { up: 1, down: 0 },
  },
  shortageSectors: { placementsIntoShortageSectors: 1, candidatesWhoChangedSector: 0 },
  codeOfCare: { members: 50, activeMembers: 40, goal: { target: 55, counts: 'active-members', year: 2026 } },
  cooperation: { knownCompanies: 10, cooperatingCompanies: 3, share: 0.3 },
  consultantChanges: { changes: 0, candidatesAffected: 0, perCandidate: null },
};

describe('the monthly figures page', () => {
  it('lays the figures out in captioned sections, breakdowns named in the reader’s language', () => {
    const sections = figureSections(FIGURES, messages.da);
    expect(sections.map((section) => section.title)[0]).toBe('Virksomhedshenvendelser');
    expect(sections[1].rows.map((row) => row.breakdown)).toEqual(['', 'Søren', 'Ingen tildelt', 'Telefon', 'Småjob']);
    expect(sections[2].rows).toEqual([]);
    expect(sections[6].rows[2].figure).toBe('Mål for 2026 (aktive medlemmer)');
    expect(
      figureSections(FIGURES, messages.en)[1]
        .rows.map((row) => row.breakdown)
        .slice(2, 4),
    ).toEqual(['Not assigned', 'Phone']);
  });

  it('writes values and months the Danish way', () => {
    expect(formatValue(1234, 'count', 'da', '–')).toBe('1.234');
    expect(formatValue(0.953, 'share', 'da', '–')).toBe('95,3 %');
    expect(formatValue(0.953, 'share', 'en', '–')).toBe('95.3%');
    expect(formatValue(null, 'decimal', 'da', 'ikke opgjort')).toBe('ikke opgjort');
    expect(monthName('2026-10', 'da')).toBe('oktober 2026');
  });

  it('counts months back over the new year and knows a month when it sees one', () => {
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(monthsUpTo('2026-02', 3)).toEqual(['2026-02', '2026-01', '2025-12']);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-09')).toBe(true);
    expect(isMonth(null)).toBe(false);
  });
});

describe('formatDuration', () => {
  it('says milliseconds under a second, and seconds with one decimal from there', () => {
    expect(formatDuration(35, 'da')).toBe('35 ms');
    expect(formatDuration(999.4, 'en')).toBe('999 ms');
    expect(formatDuration(999.6, 'en')).toBe('1.0 s');
    expect(formatDuration(1234, 'da')).toBe('1,2 s');
    expect(formatDuration(1234, 'en')).toBe('1.2 s');
  });
});
