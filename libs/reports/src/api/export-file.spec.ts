import { exportFileName, fileNamePart } from './export-file';

describe('export file names', () => {
  it('spells Danish letters in ASCII and joins words with hyphens', () => {
    expect(fileNamePart('Jobcenter Århus')).toBe('jobcenter-aarhus');
    expect(fileNamePart('  Jobcenter Køge / Stevns ')).toBe('jobcenter-koege-stevns');
    expect(fileNamePart('Jobcenter Ærø')).toBe('jobcenter-aeroe');
    expect(fileNamePart('Café Tønder')).toBe('cafe-toender');
  });

  it('names a month and a span of months', () => {
    expect(exportFileName('Jobcenter Hedensted', '2026-10', 'xlsx')).toBe('maaltal-jobcenter-hedensted-2026-10.xlsx');
    expect(exportFileName('Jobcenter Hedensted', ['2025-11', '2026-10'], 'csv')).toBe(
      'maaltal-jobcenter-hedensted-2025-11-til-2026-10.csv',
    );
  });

  it('leaves out a name with nothing to keep', () => {
    expect(exportFileName('', '2026-10', 'pdf')).toBe('maaltal-2026-10.pdf');
    expect(exportFileName('???', '2026-10', 'pdf')).toBe('maaltal-2026-10.pdf');
  });
});
