import type { MonthlyFigures } from '../monthly/monthly-figures';

/** A month of figures for the exports' and charts' tests, with every kind of value (breakdowns, nulls, a goal). */
export function sampleFigures(month = '2026-10', overrides: Partial<MonthlyFigures> = {}): MonthlyFigures {
  return {
    jobcentreId: '00000000-0000-4000-8000-000000000001',
    month,
    intakes: {
      received: 1234,
      contactedWithinDeadline: 1176,
      withinDeadlineShare: 0.953,
      awaitingContact: 3,
      hoursToFirstContact: { median: 4.25, p90: 19.5 },
      breaches: {
        total: 55,
        byConsultant: [
          { staffMemberId: '00000000-0000-4000-8000-0000000000a1', name: 'Søren Ærø', count: 40 },
          { staffMemberId: null, name: 'Ikke tildelt', count: 15 },
        ],
        byChannel: [
          { channel: 'phone', count: 30 },
          { channel: 'e-mail', count: 25 },
        ],
        byKind: [{ kind: 'småjob', count: 55 }],
      },
    },
    postings: {
      byKind: [
        { kind: 'småjob', opened: 12, filled: 9, medianDaysToFill: 6.5 },
        { kind: 'voksenlærling', opened: 2, filled: 0, medianDaysToFill: null },
      ],
    },
    smaajobs: { started: 9, hoursPerWeek: 87.5 },
    voksenlaerlingStarts: 2,
    placements: {
      started: 31,
      byTargetGroup: [
        { targetGroup: 'kontanthjælp', count: 20 },
        { targetGroup: 'dagpenge', count: 11 },
      ],
      ladderStepMoves: { up: 14, down: 2 },
    },
    shortageSectors: { placementsIntoShortageSectors: 17, candidatesWhoChangedSector: 6 },
    codeOfCare: { members: 53, activeMembers: 41, goal: { target: 55, counts: 'members', year: 2026 } },
    cooperation: { knownCompanies: 420, cooperatingCompanies: 97, share: 0.231 },
    consultantChanges: { changes: 8, candidatesAffected: 6, perCandidate: 1.3333 },
    ...overrides,
  };
}

/** The 12 months up to `to` (YYYY-MM), each a little different, for series tests. */
export function sampleSeries(to = '2026-10'): MonthlyFigures[] {
  const [year, month] = to.split('-').map(Number);
  return Array.from({ length: 12 }, (_, index) => {
    const date = new Date(Date.UTC(year, month - 12 + index, 1));
    const name = date.toISOString().slice(0, 7);
    const base = sampleFigures(name);
    return {
      ...base,
      intakes: {
        ...base.intakes,
        received: 1000 + index * 20,
        withinDeadlineShare: 0.9 + index * 0.005,
        hoursToFirstContact: { median: 6 - index * 0.2, p90: index === 3 ? null : 22 - index * 0.5 },
      },
      codeOfCare: { ...base.codeOfCare, members: 44 + index },
    };
  });
}
