import { matchContext } from './facts.fixtures';
import { RELATED_SKILL_CREDIT } from './match-weights';
import { distanceFit, hoursFit, ladderFit, occupationFit, shortageFit, skillCoverage } from './score-parts';

describe('skillCoverage', () => {
  const { relations } = matchContext();

  it('counts an exact skill fully, a related one for less, a missing one not at all', () => {
    const exact = skillCoverage(['s:hygiene'], new Map([['s:hygiene', 1]]), relations);
    const related = skillCoverage(['s:hygiene'], new Map([['s:cleaning', 4]]), relations);
    const none = skillCoverage(['s:hygiene'], new Map([['s:driving', 4]]), relations);
    expect(exact.fraction).toBe(1);
    expect(related.fraction).toBe(RELATED_SKILL_CREDIT);
    expect(none.fraction).toBe(0);
    expect(exact.fraction).toBeGreaterThan(related.fraction);
    expect(related.fraction).toBeGreaterThan(none.fraction);
  });

  it('names the matched, related and missing skills', () => {
    const coverage = skillCoverage(
      ['s:care', 's:hygiene', 's:lifting'],
      new Map([
        ['s:care', 2],
        ['s:cleaning', 2],
      ]),
      relations,
    );
    expect(coverage).toEqual({
      fraction: (1 + RELATED_SKILL_CREDIT) / 3,
      matched: ['s:care'],
      related: [{ skill: 's:hygiene', via: 's:cleaning' }],
      missing: ['s:lifting'],
    });
  });

  it('covers nothing when nothing is asked', () => {
    expect(skillCoverage([], new Map([['s:care', 1]]), relations).fraction).toBe(0);
  });
});

describe('occupationFit', () => {
  const posting = { occupationCode: '5322.1', iscoCode: '5322', sectorCode: 'social-sundhed' };
  const candidate = { desiredOccupations: [], desiredIscoCodes: [], desiredSectors: [] };

  it('ranks this occupation over its ISCO group over its minor group over its sector over none', () => {
    const fractions = [
      occupationFit(posting, { ...candidate, desiredOccupations: ['5322.1'], desiredIscoCodes: ['5322'] }),
      occupationFit(posting, { ...candidate, desiredOccupations: ['5322.2'], desiredIscoCodes: ['5322'] }),
      occupationFit(posting, { ...candidate, desiredOccupations: ['5321.1'], desiredIscoCodes: ['5321'] }),
      occupationFit(posting, { ...candidate, desiredSectors: ['social-sundhed'] }),
      occupationFit(posting, candidate),
    ].map((fit) => fit.fraction);
    expect(fractions).toEqual([1, 0.6, 0.3, 0.3, 0]);
  });
});

describe('shortageFit', () => {
  const today = '2026-11-24';

  it('gives nothing outside shortage', () => {
    expect(shortageFit(0, null, { birthDate: '2000-01-01', willingToChangeSector: true }, today).fraction).toBe(0);
  });

  it('gives the full weight to a candidate under 30 and to one willing to change sector, half to others', () => {
    expect(shortageFit(0.8, 'Lager', { birthDate: '2000-01-01', willingToChangeSector: false }, today).fraction).toBe(
      0.8,
    );
    const willing = shortageFit(0.8, 'Lager', { birthDate: '1970-01-01', willingToChangeSector: true }, today);
    expect(willing.fraction).toBe(0.8);
    expect(willing.da).toContain('vil gerne skifte branche');
    const other = shortageFit(0.8, 'Lager', { birthDate: '1970-01-01', willingToChangeSector: false }, today);
    expect(other.fraction).toBe(0.4);
    expect(other.en).toContain('half weight');
  });

  it('counts 29 as under 30 and 30 as not', () => {
    const at = (birthDate: string) => shortageFit(1, null, { birthDate, willingToChangeSector: false }, today).fraction;
    expect(at('1996-11-25')).toBe(1);
    expect(at('1996-11-24')).toBe(0.5);
  });
});

describe('ladderFit', () => {
  it('fits a voksenlærling to steps 3–5, half one step off, nothing further', () => {
    expect([1, 2, 3, 5].map((step) => ladderFit('voksenlærling', step).fraction)).toEqual([0, 0.5, 1, 1]);
  });

  it('fits a praktik to the lower steps', () => {
    expect(ladderFit('virksomhedspraktik', 1).fraction).toBe(1);
    expect(ladderFit('virksomhedspraktik', 5).fraction).toBe(0);
  });
});

describe('hoursFit', () => {
  it('is full when the hours agree and less the more the candidate wants beyond them', () => {
    expect(hoursFit(30, 30).fraction).toBe(1);
    expect(hoursFit(10, 20).fraction).toBe(0.5);
    expect(hoursFit(30, 20).fraction).toBe(0);
    expect(hoursFit(null, 20)).toMatchObject({ fraction: 0.5, da: 'Timetal ukendt' });
  });
});

describe('distanceFit', () => {
  it('is full at the door, half at the edge of the reach, nothing beyond', () => {
    expect(distanceFit(0, 20).fraction).toBe(1);
    expect(distanceFit(20, 20).fraction).toBe(0.5);
    expect(distanceFit(10, 20).fraction).toBe(0.75);
    expect(distanceFit(21, 20).fraction).toBe(0);
  });

  it('assumes 30 km when the reach is not known, and half when the distance is not', () => {
    expect(distanceFit(15, null).fraction).toBe(0.75);
    expect(distanceFit(null, 20).fraction).toBe(0.5);
  });
});
