import { SkillRelations } from './skill-relations';

describe('SkillRelations', () => {
  const row = (occupationCode: string, skillUri: string) => ({
    occupationCode,
    iscoCode: occupationCode.slice(0, 4),
    skillUri,
  });

  it('relates skills essential in the same ISCO groups, closest first, and not to themselves', () => {
    const relations = new SkillRelations([
      row('5322.1', 'care'),
      row('5322.1', 'hygiene'),
      row('5322.2', 'care'),
      row('5322.2', 'lifting'),
      row('9112.1', 'cleaning'),
      row('9112.1', 'hygiene'),
    ]);
    // care is essential in 5322 only: hygiene (5322, 9112) overlaps 1/2, lifting (5322) 1/1.
    expect(relations.relatedTo('care')).toEqual(['lifting', 'hygiene']);
    expect(relations.relatedTo('care')).not.toContain('care');
    expect(relations.relatedTo('cleaning')).toEqual(['hygiene']);
  });

  it('relates general skills, essential in many groups, to nothing', () => {
    const rows = Array.from({ length: 13 }, (_, index) => row(`${1000 + index}.1`, 'teamwork'));
    rows.push(row('1000.1', 'specific'));
    const relations = new SkillRelations(rows);
    expect(relations.relatedTo('teamwork')).toEqual([]);
    expect(relations.relatedTo('specific')).toEqual([]);
  });

  it('keeps at most the asked number per skill', () => {
    const rows = ['a', 'b', 'c', 'd', 'e'].map((skill) => row('2000.1', skill));
    expect(new SkillRelations(rows, 2).relatedTo('a')).toEqual(['b', 'c']);
  });
});
