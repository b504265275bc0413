import type { MonthlyFigures } from '../monthly/monthly-figures';

/** What a figure's number is, which decides how every export shows it. */
export type FigureUnit = 'count' | 'share' | 'hours' | 'days' | 'hours-per-week' | 'per-candidate';

/** The unit as the exports name it, in Danish. */
export const UNIT_NAMES: Record<FigureUnit, string> = {
  count: 'antal',
  share: 'andel',
  hours: 'timer',
  days: 'dage',
  'hours-per-week': 'timer pr. uge',
  'per-candidate': 'pr. kandidat',
};

/** One figure, perhaps one part of a breakdown, over the months of the table (null: nothing to compute it from). */
export interface FigureRow {
  /** Stable key of the figure and its breakdown part, e.g. "breaches.byChannel:phone". */
  key: string;
  figure: string;
  /** The part of a breakdown (a consultant, a channel, a target group…); empty for a figure that is not broken down. */
  breakdown: string;
  unit: FigureUnit;
  values: (number | null)[];
}

export interface FigureSection {
  key: string;
  title: string;
  rows: FigureRow[];
}

/** A table of figures: its months (YYYY-MM, in the order given) and its sections. */
export interface FigureTable {
  jobcentreId: string;
  months: string[];
  sections: FigureSection[];
}

/** Danish names of the codes the figures are broken down by; a code without one is shown as it is. */
const CHANNEL_NAMES: Record<string, string> = { phone: 'Telefon', 'e-mail': 'E-mail', web: 'Web', visit: 'Besøg' };
const INTAKE_KIND_NAMES: Record<string, string> = {
  recruitment: 'Rekruttering',
  småjob: 'Småjob',
  voksenlærling: 'Voksenlærling',
  'praktik-løntilskud': 'Praktik eller løntilskud',
  retention: 'Fastholdelse',
  'mentor-course': 'Mentorkursus',
  'code-of-care-interest': 'Interesse for Code of Care',
};
const POSTING_KIND_NAMES: Record<string, string> = {
  ordinary: 'Ordinært job',
  småjob: 'Småjob',
  voksenlærling: 'Voksenlærling',
  virksomhedspraktik: 'Virksomhedspraktik',
  løntilskud: 'Løntilskud',
  fleksjob: 'Fleksjob',
};
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const named = (names: Record<string, string>, code: string) => names[code] ?? capitalise(code);

/** Danish month names, for titles ("oktober 2026"). */
export const DANISH_MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];
export const danishMonth = (month: string) => `${DANISH_MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

type Cell = { key: string; figure: string; breakdown?: string; unit: FigureUnit; value: number | null };
type SectionCells = { key: string; title: string; cells: Cell[] };

/** One month's figures as labelled cells, section by section, in the order the exports show them. */
function monthCells(f: MonthlyFigures): SectionCells[] {
  const { intakes, postings, placements, codeOfCare, cooperation, consultantChanges } = f;
  const goalCounts = codeOfCare.goal?.counts === 'active-members' ? 'aktive medlemmer' : 'medlemmer';
  return [
    {
      key: 'intakes',
      title: 'Virksomhedshenvendelser',
      cells: [
        { key: 'received', figure: 'Modtaget', unit: 'count', value: intakes.received },
        {
          key: 'contactedWithinDeadline',
          figure: 'Kontaktet inden for fristen',
          unit: 'count',
          value: intakes.contactedWithinDeadline,
        },
        {
          key: 'withinDeadlineShare',
          figure: 'Andel kontaktet inden for fristen',
          unit: 'share',
          value: intakes.withinDeadlineShare,
        },
        { key: 'awaitingContact', figure: 'Afventer stadig kontakt', unit: 'count', value: intakes.awaitingContact },
        {
          key: 'hoursToFirstContact.median',
          figure: 'Tid til første kontakt, median',
          unit: 'hours',
          value: intakes.hoursToFirstContact.median,
        },
        {
          key: 'hoursToFirstContact.p90',
          figure: 'Tid til første kontakt, 90 %-fraktil',
          unit: 'hours',
          value: intakes.hoursToFirstContact.p90,
        },
      ],
    },
    {
      key: 'breaches',
      title: 'Fristoverskridelser',
      cells: [
        { key: 'total', figure: 'I alt', unit: 'count', value: intakes.breaches.total },
        ...intakes.breaches.byConsultant.map((row) => ({
          key: `byConsultant:${row.staffMemberId ?? ''}`,
          figure: 'Pr. konsulent',
          breakdown: row.name,
          unit: 'count' as const,
          value: row.count,
        })),
        ...intakes.breaches.byChannel.map((row) => ({
          key: `byChannel:${row.channel}`,
          figure: 'Pr. kanal',
          breakdown: named(CHANNEL_NAMES, row.channel),
          unit: 'count' as const,
          value: row.count,
        })),
        ...intakes.breaches.byKind.map((row) => ({
          key: `byKind:${row.kind}`,
          figure: 'Pr. henvendelsestype',
          breakdown: named(INTAKE_KIND_NAMES, row.kind),
          unit: 'count' as const,
          value: row.count,
        })),
      ],
    },
    {
      key: 'postings',
      title: 'Opslag',
      cells: postings.byKind.flatMap((row) => {
        const breakdown = named(POSTING_KIND_NAMES, row.kind);
        return [
          { key: `opened:${row.kind}`, figure: 'Oprettet', breakdown, unit: 'count' as const, value: row.opened },
          { key: `filled:${row.kind}`, figure: 'Besat', breakdown, unit: 'count' as const, value: row.filled },
          {
            key: `medianDaysToFill:${row.kind}`,
            figure: 'Tid til besættelse, median',
            breakdown,
            unit: 'days' as const,
            value: row.medianDaysToFill,
          },
        ];
      }),
    },
    {
      key: 'smaajobs',
      title: 'Småjob og voksenlærlinge',
      cells: [
        { key: 'smaajobs.started', figure: 'Småjob startet', unit: 'count', value: f.smaajobs.started },
        {
          key: 'smaajobs.hoursPerWeek',
          figure: 'Småjob, aftalte timer pr. uge i alt',
          unit: 'hours-per-week',
          value: f.smaajobs.hoursPerWeek,
        },
        { key: 'voksenlaerlingStarts', figure: 'Voksenlærlinge startet', unit: 'count', value: f.voksenlaerlingStarts },
      ],
    },
    {
      key: 'placements',
      title: 'Placeringer',
      cells: [
        { key: 'started', figure: 'Startet', unit: 'count', value: placements.started },
        ...placements.byTargetGroup.map((row) => ({
          key: `byTargetGroup:${row.targetGroup}`,
          figure: 'Pr. målgruppe',
          breakdown: capitalise(row.targetGroup),
          unit: 'count' as const,
          value: row.count,
        })),
        {
          key: 'ladderStepMoves.up',
          figure: 'Trin op på beskæftigelsestrappen',
          unit: 'count',
          value: placements.ladderStepMoves.up,
        },
        {
          key: 'ladderStepMoves.down',
          figure: 'Trin ned på beskæftigelsestrappen',
          unit: 'count',
          value: placements.ladderStepMoves.down,
        },
      ],
    },
    {
      key: 'shortageSectors',
      title: 'Mangelområder',
      cells: [
        {
          key: 'placementsIntoShortageSectors',
          figure: 'Placeringer i mangelområder',
          unit: 'count',
          value: f.shortageSectors.placementsIntoShortageSectors,
        },
        {
          key: 'candidatesWhoChangedSector',
          figure: 'Kandidater der skiftede branche',
          unit: 'count',
          value: f.shortageSectors.candidatesWhoChangedSector,
        },
      ],
    },
    {
      key: 'codeOfCare',
      title: 'Code of Care',
      cells: [
        { key: 'members', figure: 'Medlemmer', unit: 'count', value: codeOfCare.members },
        { key: 'activeMembers', figure: 'Aktive medlemmer', unit: 'count', value: codeOfCare.activeMembers },
        ...(codeOfCare.goal
          ? [
              {
                key: 'goal',
                figure: `Mål for ${codeOfCare.goal.year}`,
                breakdown: capitalise(goalCounts),
                unit: 'count' as const,
                value: codeOfCare.goal.target,
              },
            ]
          : []),
      ],
    },
    {
      key: 'cooperation',
      title: 'Samarbejdsgrad',
      cells: [
        { key: 'knownCompanies', figure: 'Kendte virksomheder', unit: 'count', value: cooperation.knownCompanies },
        {
          key: 'cooperatingCompanies',
          figure: 'Virksomheder der samarbejdede',
          unit: 'count',
          value: cooperation.cooperatingCompanies,
        },
        { key: 'share', figure: 'Samarbejdsgrad', unit: 'share', value: cooperation.share },
      ],
    },
    {
      key: 'consultantChanges',
      title: 'Konsulentskift',
      cells: [
        { key: 'changes', figure: 'Skift af kontaktperson', unit: 'count', value: consultantChanges.changes },
        {
          key: 'candidatesAffected',
          figure: 'Kandidater med skift',
          unit: 'count',
          value: consultantChanges.candidatesAffected,
        },
        {
          key: 'perCandidate',
          figure: 'Skift pr. kandidat med skift',
          unit: 'per-candidate',
          value: consultantChanges.perCandidate,
        },
      ],
    },
  ];
}

/**
 * One jobcentre's figures over the given months (one, or a series such as the last 12) as labelled sections and
 * rows, which every export draws from. A breakdown part that some months lack (a consultant who had no breach) is a
 * row with null in those months, placed where it first appears.
 */
export function figureTable(series: MonthlyFigures | MonthlyFigures[]): FigureTable {
  const months = Array.isArray(series) ? series : [series];
  if (months.length === 0) throw new Error('A figure table needs at least one month');
  const sections = new Map<string, FigureSection & { byKey: Map<string, FigureRow> }>();
  months.forEach((figures, index) => {
    for (const { key, title, cells } of monthCells(figures)) {
      let section = sections.get(key);
      if (!section) sections.set(key, (section = { key, title, rows: [], byKey: new Map() }));
      for (const cell of cells) {
        let row = section.byKey.get(cell.key);
        if (!row) {
          row = {
            key: cell.key,
            figure: cell.figure,
            breakdown: cell.breakdown ?? '',
            unit: cell.unit,
            values: months.map(() => null),
          };
          section.byKey.set(cell.key, row);
          section.rows.push(row);
        }
        row.values[index] = cell.value;
      }
    }
  });
  return {
    jobcentreId: months[0].jobcentreId,
    months: months.map((figures) => figures.month),
    sections: [...sections.values()].map(({ key, title, rows }) => ({ key, title, rows })),
  };
}

/** A figure's value as a Danish reader writes it: "1.234", "95,3 %", "12,5"; a missing value is "–". */
export function formatDanish(value: number | null, unit: FigureUnit): string {
  if (value === null) return '–';
  const number = (n: number, digits: number) =>
    n.toLocaleString('da-DK', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  switch (unit) {
    case 'count':
      return number(value, 0);
    case 'share':
      return `${number(value * 100, 1)} %`;
    case 'per-candidate':
      return number(value, 2);
    default:
      return number(value, 1);
  }
}
