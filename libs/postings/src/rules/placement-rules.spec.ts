import { checkPlacement, PLACEMENT_RULES, type PlacementFacts } from './placement-rules';
import { DEFAULT_POSTING_RULES } from './posting-rules-settings';

const facts = (change: Partial<PlacementFacts>): PlacementFacts => ({
  posting: { kind: 'ordinary', targetGroups: [], targetGroup: null },
  candidate: { birthDate: '1990-05-01', targetGroup: 'dagpenge' },
  startDate: '2027-01-04',
  hoursPerWeek: 37,
  ...change,
});
const broken = (placement: PlacementFacts) =>
  checkPlacement(placement, DEFAULT_POSTING_RULES).map((violation) => violation.rule);
const apprentice = { kind: 'voksenlærling' as const, targetGroups: [], targetGroup: null };

describe('placement rules', () => {
  it('gives every rule a unique name', () => {
    const names = PLACEMENT_RULES.map((rule) => rule.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('refuses a voksenlærling aged 24 at the start, naming the rule', () => {
    const [violation] = checkPlacement(
      facts({ posting: apprentice, candidate: { birthDate: '2002-06-01', targetGroup: null } }),
      DEFAULT_POSTING_RULES,
    );
    expect(violation.rule).toBe('voksenlærling-min-age');
    expect(violation.message).toMatch(/25 or older.*will be 24.*\(rule voksenlærling-min-age\)/);
  });

  it('accepts a voksenlærling who turns 25 on the first day', () => {
    expect(broken(facts({ posting: apprentice, candidate: { birthDate: '2002-01-04', targetGroup: null } }))).toEqual(
      [],
    );
    expect(broken(facts({ posting: apprentice, candidate: { birthDate: '2002-01-05', targetGroup: null } }))).toEqual([
      'voksenlærling-min-age',
    ]);
  });

  it('refuses a voksenlærling whose birth date is not known', () => {
    expect(broken(facts({ posting: apprentice, candidate: { birthDate: null, targetGroup: null } }))).toEqual([
      'voksenlærling-min-age',
    ]);
  });

  it("places a candidate in a småjob only from one of the småjob's target groups", () => {
    const smaajob = { kind: 'småjob' as const, targetGroups: ['kontanthjælp', 'integration'], targetGroup: null };
    const placement = facts({ posting: smaajob, hoursPerWeek: 10 });
    expect(broken({ ...placement, candidate: { birthDate: null, targetGroup: 'integration' } })).toEqual([]);
    expect(broken({ ...placement, candidate: { birthDate: null, targetGroup: 'dagpenge' } })).toEqual([
      'småjob-target-group',
    ]);
    expect(broken({ ...placement, candidate: { birthDate: null, targetGroup: null } })).toEqual([
      'småjob-target-group',
    ]);
    expect(
      broken({ ...placement, hoursPerWeek: 20, candidate: { birthDate: null, targetGroup: 'integration' } }),
    ).toEqual(['småjob-hours']);
  });

  it('places in praktik, løntilskud and fleksjob only the target group the place is for', () => {
    const praktik = { kind: 'virksomhedspraktik' as const, targetGroups: [], targetGroup: 'dagpenge' };
    expect(broken(facts({ posting: praktik }))).toEqual([]);
    expect(broken(facts({ posting: praktik, candidate: { birthDate: null, targetGroup: 'kontanthjælp' } }))).toEqual([
      'placement-target-group',
    ]);
    const fleksjob = { kind: 'fleksjob' as const, targetGroups: [], targetGroup: 'fleksjob' };
    expect(broken(facts({ posting: fleksjob }))).toEqual(['placement-target-group']);
    expect(broken(facts({ posting: fleksjob, candidate: { birthDate: null, targetGroup: 'fleksjob' } }))).toEqual([]);
  });
});
