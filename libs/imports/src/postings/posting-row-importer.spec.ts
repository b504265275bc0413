import { decimalCell, postingInput } from './posting-row-importer';

describe('postings from CSV rows', () => {
  it('reads hours with a decimal point or a Danish decimal comma, and leaves other text for validation', () => {
    expect(decimalCell({ hoursPerWeek: '7,5' }, 'hoursPerWeek')).toBe(7.5);
    expect(decimalCell({ hoursPerWeek: '7.5' }, 'hoursPerWeek')).toBe(7.5);
    expect(decimalCell({ hoursPerWeek: '12' }, 'hoursPerWeek')).toBe(12);
    expect(decimalCell({ hoursPerWeek: 'ti' }, 'hoursPerWeek')).toBe('ti');
    expect(decimalCell({ hoursPerWeek: '' }, 'hoursPerWeek')).toBeUndefined();
  });

  it("turns a row into the API's input: lists split on |, numbers and booleans read, empty cells left out", () => {
    expect(
      postingInput({
        externalId: 'HR-1',
        companyCvr: '12345674',
        kind: 'småjob',
        title: 'Lager',
        description: '',
        requiredSkills: 'truckcertifikat| stable varer |',
        positions: '2',
        educationMonths: 'fire',
        companyVisiblePublicly: 'ja',
        status: 'open',
      }),
    ).toEqual({
      externalId: 'HR-1',
      kind: 'småjob',
      title: 'Lager',
      requiredSkills: ['truckcertifikat', 'stable varer'],
      positions: 2,
      educationMonths: 'fire',
      companyVisiblePublicly: true,
    });
  });
});
