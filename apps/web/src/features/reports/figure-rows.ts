import { fill } from '../../i18n/format';
import type { MonthlyFigures } from './api';
import type { ReportMessages } from './messages';

export type ValueKind = 'count' | 'share' | 'decimal';
export interface FigureRow {
  figure: string;
  breakdown: string;
  value: number | null;
  kind: ValueKind;
}
export interface FigureSection {
  key: keyof ReportMessages['sections'];
  title: string;
  rows: FigureRow[];
}

const row = (figure: string, value: number | null, kind: ValueKind = 'count', breakdown = ''): FigureRow => ({
  figure,
  breakdown,
  value,
  kind,
});
const named = (names: Record<string, string>, code: string) => names[code] ?? code;

/** The month's figures as the page's captioned tables: a section each, a row per figure and breakdown part. */
export function figureSections(f: MonthlyFigures, m: ReportMessages): FigureSection[] {
  const x = m.figures;
  const sections: Omit<FigureSection, 'title'>[] = [
    {
      key: 'intakes',
      rows: [
        row(x.received, f.intakes.received),
        row(x.contactedWithinDeadline, f.intakes.contactedWithinDeadline),
        row(x.withinDeadlineShare, f.intakes.withinDeadlineShare, 'share'),
        row(x.awaitingContact, f.intakes.awaitingContact),
        row(x.medianHours, f.intakes.hoursToFirstContact.median, 'decimal'),
        row(x.p90Hours, f.intakes.hoursToFirstContact.p90, 'decimal'),
      ],
    },
    {
      key: 'breaches',
      rows: [
        row(x.breachesTotal, f.intakes.breaches.total),
        ...f.intakes.breaches.byConsultant.map((b) =>
          row(x.byConsultant, b.count, 'count', b.staffMemberId === null ? m.unassigned : b.name),
        ),
        ...f.intakes.breaches.byChannel.map((b) => row(x.byChannel, b.count, 'count', named(m.channels, b.channel))),
        ...f.intakes.breaches.byKind.map((b) => row(x.byKind, b.count, 'count', named(m.kinds, b.kind))),
      ],
    },
    {
      key: 'postings',
      rows: f.postings.byKind.flatMap((p) => {
        const kind = named(m.postingKinds, p.kind);
        return [
          row(x.opened, p.opened, 'count', kind),
          row(x.filled, p.filled, 'count', kind),
          row(x.medianDaysToFill, p.medianDaysToFill, 'decimal', kind),
        ];
      }),
    },
    {
      key: 'smaajobs',
      rows: [
        row(x.smaajobsStarted, f.smaajobs.started),
        row(x.smaajobsHours, f.smaajobs.hoursPerWeek, 'decimal'),
        row(x.voksenlaerlingStarts, f.voksenlaerlingStarts),
      ],
    },
    {
      key: 'placements',
      rows: [
        row(x.placementsStarted, f.placements.started),
        ...f.placements.byTargetGroup.map((p) => row(x.byTargetGroup, p.count, 'count', p.targetGroup)),
        row(x.ladderUp, f.placements.ladderStepMoves.up),
        row(x.ladderDown, f.placements.ladderStepMoves.down),
      ],
    },
    {
      key: 'shortageSectors',
      rows: [
        row(x.intoShortage, f.shortageSectors.placementsIntoShortageSectors),
        row(x.changedSector, f.shortageSectors.candidatesWhoChangedSector),
      ],
    },
    {
      key: 'codeOfCare',
      rows: [
        row(x.members, f.codeOfCare.members),
        row(x.activeMembers, f.codeOfCare.activeMembers),
        ...(f.codeOfCare.goal
          ? [
              row(
                fill(x.goal, {
                  year: f.codeOfCare.goal.year,
                  counts: f.codeOfCare.goal.counts === 'active-members' ? x.goalActive : x.goalMembers,
                }),
                f.codeOfCare.goal.target,
              ),
            ]
          : []),
      ],
    },
    {
      key: 'cooperation',
      rows: [
        row(x.knownCompanies, f.cooperation.knownCompanies),
        row(x.cooperatingCompanies, f.cooperation.cooperatingCompanies),
        row(x.cooperationShare, f.cooperation.share, 'share'),
      ],
    },
    {
      key: 'consultantChanges',
      rows: [
        row(x.changes, f.consultantChanges.changes),
        row(x.candidatesAffected, f.consultantChanges.candidatesAffected),
        row(x.perCandidate, f.consultantChanges.perCandidate, 'decimal'),
      ],
    },
  ];
  return sections.map((section) => ({ ...section, title: m.sections[section.key] }));
}

const LOCALES = { da: 'da-DK', en: 'en-GB' } as const;

/** A value as the page shows it: "1.234", "95,3 %", "4,3"; null as the message for "not available". */
export function formatValue(value: number | null, kind: ValueKind, language: 'da' | 'en', missing: string): string {
  if (value === null) return missing;
  const digits = kind === 'count' ? 0 : 1;
  const number = new Intl.NumberFormat(LOCALES[language], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return kind === 'share'
    ? `${number.format(value * 100)}${language === 'da' ? ' %' : '%'}`
    : number.format(kind === 'decimal' ? value : Math.round(value));
}

/** A computation's duration: "35 ms", "1,2 s". */
export function formatDuration(ms: number, language: 'da' | 'en'): string {
  if (Math.round(ms) < 1000) return `${Math.round(ms)} ms`;
  const seconds = new Intl.NumberFormat(LOCALES[language], { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return `${seconds.format(ms / 1000)} s`;
}

/** "oktober 2026" / "October 2026". */
export function monthName(month: string, language: 'da' | 'en'): string {
  const [year, number] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(LOCALES[language], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, number - 1, 1)),
  );
}

/** The month before `month` (YYYY-MM), and the `count` months up to and including `to`, newest first. */
export function previousMonth(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return new Date(Date.UTC(year, number - 2, 1)).toISOString().slice(0, 7);
}
export function monthsUpTo(to: string, count: number): string[] {
  const months = [to];
  while (months.length < count) months.push(previousMonth(months[months.length - 1]));
  return months;
}

/** Whether a string is a month the page can ask for (YYYY-MM, months 01–12). */
export const isMonth = (value: string | null): value is string => !!value && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
