/**
 * Ydelsesgrupper: the benefit a candidate receives, which decides which offers (småjob, praktik, løntilskud,
 * fleksjob) the law allows. Danish proper names, as the jobcentres and the law use them.
 */
export const TARGET_GROUPS = [
  'dagpenge',
  'kontanthjælp',
  'uddannelseshjælp',
  'sygedagpenge',
  'jobafklaring',
  'ressourceforløb',
  'integration',
  'fleksjob',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/** Highest completed education, in the Danish system's levels. */
export const EDUCATION_LEVELS = [
  'grundskole',
  'gymnasial',
  'erhvervsfaglig',
  'kort-videregående',
  'mellemlang',
  'lang',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** Skill levels: 1 knows the basics, 2 works independently, 3 experienced, 4 can teach others. */
export const SKILL_LEVELS = [1, 2, 3, 4] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

/** Beskæftigelsestrappen: 1 activation course … 5 ordinary job. */
export const LADDER_STEPS = [1, 2, 3, 4, 5] as const;
export type LadderStep = (typeof LADDER_STEPS)[number];
