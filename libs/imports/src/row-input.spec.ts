import { candidateInput, skillCell } from './candidates/candidate-row-importer';
import { companyInput } from './companies/company-row-importer';
import { booleanCell, integerCell, listCell } from './row-input';

describe('CSV cells to API input', () => {
  it('reads numbers, booleans and lists, and leaves anything else as written for validation to name', () => {
    const values = { a: '15', b: '1.5', c: 'ja', d: 'NEJ', e: 'kanske', f: ' x | y ||z', g: '' };
    expect(integerCell(values, 'a')).toBe(15);
    expect(integerCell(values, 'b')).toBe('1.5');
    expect(booleanCell(values, 'c')).toBe(true);
    expect(booleanCell(values, 'd')).toBe(false);
    expect(booleanCell(values, 'e')).toBe('kanske');
    expect(listCell(values, 'f')).toEqual(['x', 'y', 'z']);
    expect(listCell(values, 'g')).toBeUndefined();
  });

  it.each([
    ['truckcertifikat:3', { skill: 'truckcertifikat', level: 3 }],
    ['truckcertifikat', { skill: 'truckcertifikat', level: 2 }],
    ['http://data.europa.eu/esco/skill/28cb374e', { skill: 'http://data.europa.eu/esco/skill/28cb374e', level: 2 }],
    ['http://data.europa.eu/esco/skill/28cb374e:4', { skill: 'http://data.europa.eu/esco/skill/28cb374e', level: 4 }],
    ['rengøring:høj', { skill: 'rengøring', level: 'høj' }],
  ])('reads the skill %s', (text, skill) => expect(skillCell(text)).toEqual(skill));

  it('leaves empty cells out, so a column left empty is a field not given', () => {
    expect(candidateInput({ externalId: 'K-1', name: 'Sofie', email: '', ladderStep: '3', skills: 'a:1|b' })).toEqual({
      externalId: 'K-1',
      name: 'Sofie',
      ladderStep: 3,
      skills: [
        { skill: 'a', level: 1 },
        { skill: 'b', level: 2 },
      ],
    });
  });

  it('makes the one contact person a company row carries from its contact columns', () => {
    expect(companyInput({ cvrNumber: '29189609', name: 'Firma', contactName: 'Mette', contactEmail: '' })).toEqual({
      cvrNumber: '29189609',
      name: 'Firma',
      contactPersons: [{ name: 'Mette' }],
    });
    expect(companyInput({ cvrNumber: '29189609', name: 'Firma' })).not.toHaveProperty('contactPersons');
  });
});
