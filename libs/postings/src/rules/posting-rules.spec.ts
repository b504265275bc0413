import {
  checkPosting,
  kindDefaults,
  POSTING_RULES,
  ruleOutcomes,
  rulesOfKind,
  type PostingFacts,
} from './posting-rules';
import { DEFAULT_POSTING_RULES, withDefaults } from './posting-rules-settings';

const complete: PostingFacts = {
  kind: 'ordinary',
  title: 'Lagermedarbejder',
  occupationCode: '8344.1',
  hoursPerWeek: 37,
  workplacePostcode: '8722',
  startDate: '2027-01-04',
  endDate: null,
  durationWeeks: null,
  targetGroups: [],
  targetGroup: null,
  employerType: null,
  educationName: null,
  educationMonths: null,
};
const posting = (change: Partial<PostingFacts>): PostingFacts => ({ ...complete, ...change });
const rulesBroken = (facts: PostingFacts, stage: 'draft' | 'publish' = 'publish') =>
  checkPosting(facts, DEFAULT_POSTING_RULES, stage).map((violation) => violation.rule);

describe('posting kind rules', () => {
  it('gives every rule a unique name, and names the rule in each message', () => {
    const names = POSTING_RULES.map((rule) => rule.name);
    expect(new Set(names).size).toBe(names.length);
    const violations = checkPosting(posting({ kind: 'småjob', hoursPerWeek: 20 }), DEFAULT_POSTING_RULES, 'publish');
    expect(violations.length).toBeGreaterThan(0);
    for (const violation of violations) expect(violation.message).toContain(`(rule ${violation.rule})`);
  });

  it('lets a complete ordinary job through', () => {
    expect(rulesBroken(complete)).toEqual([]);
  });

  it('refuses a småjob of 20 hours a week, naming the rule and the limits', () => {
    const [violation, ...others] = checkPosting(
      posting({ kind: 'småjob', hoursPerWeek: 20, targetGroups: ['kontanthjælp'] }),
      DEFAULT_POSTING_RULES,
      'draft',
    );
    expect(others).toEqual([]);
    expect(violation).toMatchObject({ rule: 'småjob-hours', field: 'hoursPerWeek' });
    expect(violation.message).toMatch(/1 to 15 hours a week.*not 20.*småjob-hours/);
  });

  it("takes the småjob hours from the jobcentre's settings", () => {
    const settings = withDefaults({ smaajob: { ...DEFAULT_POSTING_RULES.smaajob, maxHours: 20 } });
    const facts = posting({ kind: 'småjob', hoursPerWeek: 20, targetGroups: ['kontanthjælp'] });
    expect(checkPosting(facts, settings, 'publish')).toEqual([]);
    expect(rulesBroken(posting({ kind: 'småjob', hoursPerWeek: 15, targetGroups: ['integration'] }))).toEqual([]);
    expect(rulesBroken(posting({ kind: 'småjob', hoursPerWeek: 0.5, targetGroups: ['integration'] }))).toEqual([
      'småjob-hours',
    ]);
  });

  it('keeps a småjob to its target groups and needs at least one to publish', () => {
    expect(rulesBroken(posting({ kind: 'småjob', hoursPerWeek: 10, targetGroups: ['dagpenge'] }))).toEqual([
      'småjob-target-groups',
    ]);
    expect(rulesBroken(posting({ kind: 'småjob', hoursPerWeek: 10, targetGroups: [] }))).toEqual([
      'småjob-target-groups',
    ]);
    expect(rulesBroken(posting({ kind: 'småjob', hoursPerWeek: 10, targetGroups: [] }), 'draft')).toEqual([]);
  });

  it('needs a voksenlærling place to name its education and length before it is published', () => {
    const draft = posting({ kind: 'voksenlærling' });
    expect(rulesBroken(draft, 'draft')).toEqual([]);
    expect(checkPosting(draft, DEFAULT_POSTING_RULES, 'publish').map((each) => each.field)).toEqual([
      'educationName',
      'educationMonths',
    ]);
    expect(rulesBroken(posting({ kind: 'voksenlærling', educationName: 'Tømrer', educationMonths: 48 }))).toEqual([]);
  });

  it('refuses a praktik longer than the target group allows', () => {
    const praktik = posting({ kind: 'virksomhedspraktik', targetGroup: 'dagpenge', durationWeeks: 6 });
    const [violation] = checkPosting(praktik, DEFAULT_POSTING_RULES, 'draft');
    expect(violation).toMatchObject({ rule: 'praktik-duration', field: 'durationWeeks' });
    expect(violation.message).toMatch(/at most 4 weeks, not 6/);
    expect(rulesBroken({ ...praktik, durationWeeks: 4 })).toEqual([]);
    expect(rulesBroken({ ...praktik, targetGroup: 'ressourceforløb', durationWeeks: 13 })).toEqual([]);
    expect(rulesBroken({ ...praktik, targetGroup: 'ressourceforløb', durationWeeks: 14 })).toEqual([
      'praktik-duration',
    ]);
    // No limit in the law for sygedagpenge.
    expect(rulesBroken({ ...praktik, targetGroup: 'sygedagpenge', durationWeeks: 52 })).toEqual([]);
  });

  it('needs a praktik to name its target group and weeks to publish', () => {
    expect(rulesBroken(posting({ kind: 'virksomhedspraktik' }))).toEqual(['praktik-duration', 'praktik-duration']);
  });

  it('limits løntilskud by employer type and target group', () => {
    const base = posting({ kind: 'løntilskud', targetGroup: 'dagpenge', employerType: 'private', durationWeeks: 26 });
    expect(rulesBroken(base)).toEqual([]);
    expect(rulesBroken({ ...base, employerType: 'public' })).toEqual(['løntilskud-duration']);
    expect(rulesBroken({ ...base, employerType: 'public', durationWeeks: 17 })).toEqual([]);
    expect(rulesBroken({ ...base, targetGroup: 'sygedagpenge' })).toEqual(['løntilskud-duration']);
    expect(rulesBroken({ ...base, employerType: null })).toEqual(['løntilskud-employer-type']);
  });

  it('keeps a fleksjob for people visitated to fleksjob', () => {
    expect(rulesBroken(posting({ kind: 'fleksjob', targetGroup: 'fleksjob', hoursPerWeek: 12 }))).toEqual([]);
    expect(rulesBroken(posting({ kind: 'fleksjob', targetGroup: 'dagpenge' }))).toEqual(['fleksjob-target-group']);
  });

  it('refuses fields that belong to another kind, and an end before the start', () => {
    expect(rulesBroken(posting({ educationName: 'Tømrer' }))).toEqual(['fields-of-kind']);
    expect(
      rulesBroken(posting({ kind: 'småjob', hoursPerWeek: 10, targetGroups: ['integration'], durationWeeks: 4 })),
    ).toEqual(['fields-of-kind']);
    expect(rulesBroken(posting({ endDate: '2026-12-31' }))).toEqual(['end-after-start']);
  });

  it('asks for the occupation, hours, workplace and start before publishing, not in a draft', () => {
    const draft = posting({ occupationCode: null, hoursPerWeek: null, workplacePostcode: null, startDate: null });
    expect(rulesBroken(draft, 'draft')).toEqual([]);
    expect(checkPosting(draft, DEFAULT_POSTING_RULES, 'publish').map((each) => each.field)).toEqual([
      'occupationCode',
      'hoursPerWeek',
      'workplacePostcode',
      'startDate',
    ]);
  });
});

describe('the rule check (every rule of a kind with its outcome)', () => {
  const names = (kind: PostingFacts['kind']) => rulesOfKind(kind).map((rule) => rule.name);

  it("lists the common rules and the kind's own, never another kind's", () => {
    const common = ['fields-of-kind', 'complete-to-publish', 'end-after-start'];
    expect(names('ordinary')).toEqual(common);
    expect(names('småjob')).toEqual([...common, 'småjob-hours', 'småjob-target-groups']);
    expect(names('voksenlærling')).toEqual([...common, 'voksenlærling-education']);
    expect(names('virksomhedspraktik')).toEqual([...common, 'praktik-duration']);
    expect(names('løntilskud')).toEqual([...common, 'løntilskud-employer-type', 'løntilskud-duration']);
    expect(names('fleksjob')).toEqual([...common, 'fleksjob-target-group']);
  });

  it('reports what checkPosting refuses, rule by rule, and whether it blocks a draft', () => {
    const facts = posting({ kind: 'småjob', hoursPerWeek: 20, targetGroups: ['kontanthjælp'], startDate: null });
    const outcomes = ruleOutcomes(facts, DEFAULT_POSTING_RULES);
    const broken = outcomes.filter((outcome) => !outcome.passed).map((outcome) => outcome.rule);
    expect(broken).toEqual([...new Set(rulesBroken(facts))]);
    expect(outcomes.find((outcome) => outcome.rule === 'småjob-hours')).toMatchObject({ blocksSaving: true });
    expect(outcomes.find((outcome) => outcome.rule === 'complete-to-publish')).toMatchObject({
      passed: false,
      blocksSaving: false,
    });
    expect(
      ruleOutcomes(
        posting({ kind: 'småjob', hoursPerWeek: 10, targetGroups: ['kontanthjælp'] }),
        DEFAULT_POSTING_RULES,
      ).every((o) => o.passed),
    ).toBe(true);
  });

  it("fills the kind's defaults only where the input left the field out", () => {
    expect(kindDefaults(posting({ kind: 'småjob' }), DEFAULT_POSTING_RULES, () => false)).toEqual({
      targetGroups: DEFAULT_POSTING_RULES.smaajob.targetGroups,
    });
    expect(kindDefaults(posting({ kind: 'småjob' }), DEFAULT_POSTING_RULES, () => true)).toEqual({});
    expect(kindDefaults(posting({ kind: 'fleksjob' }), DEFAULT_POSTING_RULES, () => false)).toEqual({
      targetGroup: 'fleksjob',
    });
  });
});
