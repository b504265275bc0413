import { checkEligibility } from './eligibility';
import { candidateFacts, matchContext, postingFacts } from './facts.fixtures';

const rules = (...args: Parameters<typeof checkEligibility>) => checkEligibility(...args).map((e) => e.rule);

describe('checkEligibility', () => {
  it('lets an ordinary candidate into an ordinary posting', () => {
    expect(checkEligibility(postingFacts(), candidateFacts(), matchContext())).toEqual([]);
  });

  it('leaves out a candidate who is already placed', () => {
    expect(rules(postingFacts(), candidateFacts({ placed: true }), matchContext())).toEqual(['already-placed']);
  });

  describe('småjob', () => {
    const smaajob = postingFacts({ kind: 'småjob', hoursPerWeek: 10 });

    it('leaves out a candidate on dagpenge, saying whom the småjob is for', () => {
      const [exclusion] = checkEligibility(smaajob, candidateFacts({ targetGroup: 'dagpenge' }), matchContext());
      expect(exclusion.rule).toBe('småjob-target-group');
      expect(exclusion.da).toContain('kandidaten er på dagpenge');
      expect(exclusion.en).toContain('kontanthjælp');
    });

    it("uses the posting's own target groups when it names them", () => {
      const posting = postingFacts({ kind: 'småjob', hoursPerWeek: 10, targetGroups: ['integration'] });
      expect(rules(posting, candidateFacts({ targetGroup: 'kontanthjælp' }), matchContext())).toEqual([
        'småjob-target-group',
      ]);
      expect(rules(posting, candidateFacts({ targetGroup: 'integration' }), matchContext())).toEqual([]);
    });

    it('asks for the target group when it is not recorded', () => {
      const [exclusion] = checkEligibility(smaajob, candidateFacts({ targetGroup: null }), matchContext());
      expect(exclusion.da).toContain('ikke registreret');
    });
  });

  describe('voksenlærling', () => {
    const apprenticeship = postingFacts({ kind: 'voksenlærling', startDate: '2027-02-01' });

    it('leaves out a 24-year-old with the age in the reason', () => {
      const [exclusion] = checkEligibility(apprenticeship, candidateFacts({ birthDate: '2002-06-01' }), matchContext());
      expect(exclusion).toMatchObject({ rule: 'voksenlærling-min-age' });
      expect(exclusion.da).toBe('En voksenlærling skal være mindst 25 år ved start; kandidaten er 24');
    });

    it('counts the age on the start date, not today', () => {
      // 25 on 2027-01-15, before the start on 2027-02-01, though 24 today.
      expect(rules(apprenticeship, candidateFacts({ birthDate: '2002-01-15' }), matchContext())).toEqual([]);
    });

    it('leaves out a candidate without a birth date', () => {
      expect(rules(apprenticeship, candidateFacts({ birthDate: null }), matchContext())).toEqual([
        'voksenlærling-min-age',
      ]);
    });
  });

  describe('praktik, løntilskud and fleksjob', () => {
    it('holds a praktik to the longest the target group may have', () => {
      const praktik = postingFacts({ kind: 'virksomhedspraktik', durationWeeks: 8 });
      const [exclusion] = checkEligibility(praktik, candidateFacts({ targetGroup: 'dagpenge' }), matchContext());
      expect(exclusion.rule).toBe('placement-target-group');
      expect(exclusion.en).toContain('at most 4');
      expect(rules(praktik, candidateFacts({ targetGroup: 'kontanthjælp' }), matchContext())).toEqual([]);
    });

    it('leaves out a group the jobcentre gives no løntilskud', () => {
      const loentilskud = postingFacts({ kind: 'løntilskud', employerType: 'private', durationWeeks: 10 });
      expect(rules(loentilskud, candidateFacts({ targetGroup: 'sygedagpenge' }), matchContext())).toEqual([
        'placement-target-group',
      ]);
    });

    it('keeps a place for its named target group', () => {
      const praktik = postingFacts({ kind: 'virksomhedspraktik', targetGroup: 'integration', durationWeeks: 4 });
      expect(rules(praktik, candidateFacts({ targetGroup: 'kontanthjælp' }), matchContext())).toEqual([
        'placement-target-group',
      ]);
    });

    it('wants a fleksjob referral for a fleksjob', () => {
      const fleksjob = postingFacts({ kind: 'fleksjob', hoursPerWeek: 12 });
      expect(rules(fleksjob, candidateFacts(), matchContext())).toEqual(['placement-target-group']);
      expect(rules(fleksjob, candidateFacts({ targetGroup: 'fleksjob' }), matchContext())).toEqual([]);
    });
  });

  it('leaves out a candidate available for fewer hours than offered', () => {
    const [exclusion] = checkEligibility(postingFacts(), candidateFacts({ hoursPerWeek: 20 }), matchContext());
    expect(exclusion).toMatchObject({ rule: 'hours-available' });
    expect(exclusion.da).toBe('Opslaget er på 30 timer om ugen; kandidaten kan 20');
  });

  it('leaves out a workplace beyond the travel reach, with the distance', () => {
    const [exclusion] = checkEligibility(postingFacts(), candidateFacts({ travelReachKm: 10 }), matchContext());
    expect(exclusion.rule).toBe('travel-reach');
    expect(exclusion.en).toMatch(/^The workplace is 1[0-9](\.[0-9])? km away/);
  });

  it('does not guess a distance it cannot know', () => {
    expect(rules(postingFacts({ workplace: null }), candidateFacts({ travelReachKm: 1 }), matchContext())).toEqual([]);
  });

  it('leaves out a candidate who withdrew consent, only from a list for the employer', () => {
    const withdrawn = new Set(['candidate-1']);
    expect(rules(postingFacts(), candidateFacts(), matchContext({ consentWithdrawn: withdrawn }))).toEqual([]);
    expect(
      rules(postingFacts(), candidateFacts(), matchContext({ consentWithdrawn: withdrawn, forEmployer: true })),
    ).toEqual(['consent-withdrawn']);
  });

  it('gives every reason, not only the first', () => {
    const candidate = candidateFacts({ placed: true, hoursPerWeek: 5, travelReachKm: 5 });
    expect(rules(postingFacts(), candidate, matchContext())).toEqual([
      'already-placed',
      'hours-available',
      'travel-reach',
    ]);
  });
});
