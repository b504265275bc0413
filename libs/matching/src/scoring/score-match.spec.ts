import { candidateFacts, matchContext, postingFacts } from './facts.fixtures';
import { DEFAULT_MATCH_WEIGHTS, MATCH_PARTS, weightsTotal } from './match-weights';
import { scoreMatch } from './score-match';

describe('scoreMatch', () => {
  it('adds its parts to the score, each within its weight', () => {
    const scored = scoreMatch(postingFacts(), candidateFacts(), matchContext());
    expect(scored.parts.map((part) => part.part)).toEqual([...MATCH_PARTS]);
    const sum = scored.parts.reduce((total, part) => total + part.points, 0);
    expect(scored.score).toBeCloseTo(sum, 5);
    for (const part of scored.parts) {
      expect(part.points).toBeGreaterThanOrEqual(0);
      expect(part.points).toBeLessThanOrEqual(part.max);
      expect(part.da).not.toBe('');
      expect(part.en).not.toBe('');
    }
  });

  it('gives 100 to a perfect pair and explains the missing skills of a poor one', () => {
    const perfect = scoreMatch(
      postingFacts({ workplace: null }),
      candidateFacts({
        skills: new Map([
          ['s:care', 4],
          ['s:hygiene', 4],
          ['s:driving', 2],
        ]),
        desiredOccupations: ['5322.1'],
        desiredIscoCodes: ['5322'],
        hoursPerWeek: 30,
        home: null,
        willingToChangeSector: true,
      }),
      matchContext({ weights: { ...DEFAULT_MATCH_WEIGHTS, distance: 0, requiredSkills: 48 } }),
    );
    expect(weightsTotal({ ...DEFAULT_MATCH_WEIGHTS, distance: 0, requiredSkills: 48 })).toBe(100);
    expect(perfect.score).toBe(100);
    const poor = scoreMatch(postingFacts(), candidateFacts({ skills: new Map() }), matchContext());
    expect(poor.required.missing).toEqual(['s:care', 's:hygiene']);
    expect(poor.parts[0]).toMatchObject({ part: 'requiredSkills', points: 0, da: '0 af 2 krævede færdigheder' });
  });

  it('ranks an exact skill over a related one over none', () => {
    const score = (skill: string) =>
      scoreMatch(postingFacts(), candidateFacts({ skills: new Map([[skill, 2]]) }), matchContext()).score;
    expect(score('s:hygiene')).toBeGreaterThan(score('s:cleaning'));
    expect(score('s:cleaning')).toBeGreaterThan(score('s:unrelated'));
  });

  it('weighs shortage for a young candidate', () => {
    const young = scoreMatch(postingFacts(), candidateFacts({ birthDate: '2001-01-01' }), matchContext());
    const older = scoreMatch(postingFacts(), candidateFacts(), matchContext());
    expect(young.parts.find((part) => part.part === 'shortage')!.points).toBe(10);
    expect(older.parts.find((part) => part.part === 'shortage')!.points).toBe(5);
  });

  it('reports the distance in km with one decimal', () => {
    const { distanceKm } = scoreMatch(postingFacts(), candidateFacts(), matchContext());
    expect(distanceKm).toBeGreaterThan(10);
    expect(distanceKm).toBeLessThan(20);
    expect(Number.isInteger(distanceKm! * 10)).toBe(true);
  });
});
