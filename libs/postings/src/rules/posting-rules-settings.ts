import type { EmployerType, PostingTargetGroup } from './posting-kinds';

type WeeksByGroup = Partial<Record<PostingTargetGroup, number | null>>;

/**
 * A jobcentre's rules for the kinds of posting. Every jobcentre starts from DEFAULT_POSTING_RULES (each default
 * with its source in the README) and may override parts of it in `posting_settings.rules`.
 */
export interface PostingRulesSettings {
  smaajob: {
    /** Hours a week a småjob may have: few hours, at ordinary wage. */
    minHours: number;
    maxHours: number;
    /** The target groups a småjob may be for; a posting names some of them, all of them by default. */
    targetGroups: PostingTargetGroup[];
  };
  voksenlaerling: {
    /** The apprentice's least age on the first day of the contract. */
    minAge: number;
  };
  virksomhedspraktik: {
    /** Longest praktik in weeks by target group; a group left out may not be given praktik, null is no limit. */
    maxWeeks: WeeksByGroup;
  };
  loentilskud: {
    /** Longest løntilskud in weeks by employer type and target group; a group left out may not be given it. */
    maxWeeks: Record<EmployerType, WeeksByGroup>;
  };
  /** The sectors this jobcentre treats as short of labour: a voksenlærling place in them is marked. */
  shortageSectors: string[];
}

/** Months as the law counts them for løntilskud, in whole weeks (52/12 weeks a month, rounded down). */
const months = (count: number) => Math.floor((count * 52) / 12);

export const DEFAULT_POSTING_RULES: PostingRulesSettings = {
  smaajob: {
    minHours: 1,
    maxHours: 15,
    targetGroups: ['kontanthjælp', 'uddannelseshjælp', 'ressourceforløb', 'jobafklaring', 'integration'],
  },
  voksenlaerling: { minAge: 25 },
  virksomhedspraktik: {
    maxWeeks: {
      dagpenge: 4,
      kontanthjælp: 13,
      uddannelseshjælp: 13,
      sygedagpenge: null,
      jobafklaring: 13,
      ressourceforløb: 13,
      integration: 13,
      fleksjob: 13,
    },
  },
  loentilskud: {
    maxWeeks: {
      private: {
        dagpenge: months(6),
        kontanthjælp: months(6),
        uddannelseshjælp: months(6),
        integration: months(6),
        jobafklaring: months(6),
        ressourceforløb: months(6),
      },
      public: {
        dagpenge: months(4),
        kontanthjælp: months(4),
        uddannelseshjælp: months(4),
        integration: months(4),
        jobafklaring: months(4),
        ressourceforløb: months(4),
      },
    },
  },
  shortageSectors: ['handvaerk', 'social-sundhed', 'lager-logistik'],
};

/** A jobcentre's stored overrides laid over the defaults, one kind at a time. */
export function withDefaults(overrides: Partial<PostingRulesSettings> | null | undefined): PostingRulesSettings {
  const given = overrides ?? {};
  return {
    smaajob: { ...DEFAULT_POSTING_RULES.smaajob, ...given.smaajob },
    voksenlaerling: { ...DEFAULT_POSTING_RULES.voksenlaerling, ...given.voksenlaerling },
    virksomhedspraktik: { ...DEFAULT_POSTING_RULES.virksomhedspraktik, ...given.virksomhedspraktik },
    loentilskud: { ...DEFAULT_POSTING_RULES.loentilskud, ...given.loentilskud },
    shortageSectors: given.shortageSectors ?? DEFAULT_POSTING_RULES.shortageSectors,
  };
}
