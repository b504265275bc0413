/**
 * One jobcentre's management figures for one month (måltal), as computed, stored in a snapshot and exported. Counts
 * are whole numbers; shares are 0–1 (null when there is nothing to divide by); durations are hours or days as named.
 * Months are Europe/Copenhagen calendar months.
 */
export interface MonthlyFigures {
  jobcentreId: string;
  /** YYYY-MM. */
  month: string;
  intakes: {
    received: number;
    /** Received this month and first contacted within their deadline. */
    contactedWithinDeadline: number;
    withinDeadlineShare: number | null;
    /** Received this month and not yet contacted when the figures were computed. */
    awaitingContact: number;
    hoursToFirstContact: { median: number | null; p90: number | null };
    breaches: {
      total: number;
      byConsultant: { staffMemberId: string | null; name: string; count: number }[];
      byChannel: { channel: string; count: number }[];
      byKind: { kind: string; count: number }[];
    };
  };
  postings: {
    /** Per posting kind: opened this month, filled this month, median days from opened to filled for those filled. */
    byKind: { kind: string; opened: number; filled: number; medianDaysToFill: number | null }[];
  };
  /** Småjobs started this month and their agreed hours per week in total. */
  smaajobs: { started: number; hoursPerWeek: number };
  voksenlaerlingStarts: number;
  placements: {
    started: number;
    byTargetGroup: { targetGroup: string; count: number }[];
    /** Candidates' steps on the employment ladder (beskæftigelsestrappen) recorded this month. */
    ladderStepMoves: { up: number; down: number };
  };
  shortageSectors: {
    /** Placements started this month in a sector that was a shortage sector at their start. */
    placementsIntoShortageSectors: number;
    /** Candidates whose placement this month is in a sector other than their previous one. */
    candidatesWhoChangedSector: number;
  };
  codeOfCare: {
    members: number;
    activeMembers: number;
    /** The goal of the month's year, if one is set: its target and what it counts. */
    goal: { target: number; counts: 'members' | 'active-members'; year: number } | null;
  };
  /** Samarbejdsgrad: the share of the jobcentre's known companies that cooperated with it in the month. */
  cooperation: { knownCompanies: number; cooperatingCompanies: number; share: number | null };
  consultantChanges: { changes: number; candidatesAffected: number; perCandidate: number | null };
}
