import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BadRequestException } from '@nestjs/common';
import { planStarImport, type StarCsvRow } from './star-csv';

/** Part of the real mapping (occupations.star_codes): STAR code → ESCO occupations. */
const STAR_TO_ESCO: Record<string, string[]> = {
  '5322.1': ['2635.3.3', '2635.3.4', '2635.3.5', '3412.4.2', '5322.1'],
  '5321.1': ['5321.1', '5321.1.1'],
  '2221.2': ['2221.2'],
  '7411.1': ['7411.1'],
  '7115.1': ['7115.1', '7123.1'],
  '7112.1': ['7112.1'],
  '8344.1': ['8344.1'],
  '9333.8': ['9333.8'],
  '5120.1': ['5120.1'],
  '5223.6': ['5223.6'],
  '3313.1': ['3313.1'],
};
const occupationsOf = (code: string) => STAR_TO_ESCO[code] ?? [];

/** The sample file, split by hand (the service reads it with csv-parse). */
function sample(): StarCsvRow[] {
  const text = readFileSync(join(__dirname, 'fixtures', 'arbejdsmarkedsbalancen-2026-07-oestjylland.csv'), 'utf8');
  const [header, ...lines] = text.trim().split('\n');
  const columns = header.split(';');
  return lines.map((line, index) => ({
    line: index + 2,
    values: Object.fromEntries(line.split(';').map((value, column) => [columns[column], value])),
  }));
}

const fieldsOf = (error: unknown) =>
  ((error as BadRequestException).getResponse() as { errors: { field: string; messages: string[] }[] }).errors;

function refusal(work: () => unknown): { field: string; messages: string[] }[] {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(BadRequestException);
    return fieldsOf(error);
  }
  throw new Error('expected a 400');
}

describe('planStarImport', () => {
  it('maps ratings to weights, STAR codes to ESCO occupations, and reports every row left out by line', () => {
    const plan = planStarImport(sample(), [], occupationsOf, { rarArea: 'RAR Østjylland' });
    expect(plan).toMatchObject({
      name: 'Arbejdsmarkedsbalancen 2026, 2. halvår – RAR Østjylland',
      rarArea: 'RAR Østjylland',
      validFrom: '2026-07-01',
      validTo: '2026-12-31',
      rows: 14,
    });
    const weights = Object.fromEntries(plan.occupations.map((each) => [each.code, each.weight]));
    expect(weights).toEqual({
      '2221.2': 1,
      '2635.3.3': 1,
      '2635.3.4': 1,
      '2635.3.5': 1,
      '3412.4.2': 1,
      '5321.1': 1,
      '5321.1.1': 1,
      '5322.1': 1,
      '7112.1': 0.5,
      '7115.1': 0.5,
      '7123.1': 0.5,
      '7411.1': 1,
      '8344.1': 0.5,
    });
    expect(plan.occupations.find((each) => each.code === '7115.1')).toEqual({
      code: '7115.1',
      weight: 0.5,
      starRating: 'paradoks',
      starCode: '7115.1',
    });
    expect(plan.skipped.map(({ line, reason }) => [line, reason])).toEqual([
      [9, 'not-shortage'],
      [10, 'not-shortage'],
      [11, 'not-shortage'],
      [12, 'unknown-star-code'],
      [13, 'bad-rating'],
      [14, 'other-area'],
      [15, 'other-area'],
    ]);
    expect(plan.skipped[3].message).toBe('star_kode "7126.52" maps to no ESCO occupation (Blikkenslager)');
  });

  it('takes the area by its name with or without "RAR", in any case', () => {
    const plan = planStarImport(sample(), [], occupationsOf, { rarArea: 'sydjylland' });
    expect(plan.rarArea).toBe('RAR Sydjylland');
    expect(plan.occupations.find((each) => each.code === '7115.1')?.weight).toBe(1);
    expect(plan.skipped.filter((each) => each.reason === 'other-area')).toHaveLength(12);
  });

  it('takes the only area of a file without being told, and asks for one when there are several', () => {
    const rows = sample().filter((row) => row.values.rar_omraade === 'RAR Østjylland');
    expect(planStarImport(rows, [], occupationsOf, {}).rarArea).toBe('RAR Østjylland');
    const [error] = refusal(() => planStarImport(sample(), [], occupationsOf, {}));
    expect(error.field).toBe('rarArea');
    expect(error.messages[0]).toContain('RAR Østjylland, RAR Sydjylland');
    expect(refusal(() => planStarImport(sample(), [], occupationsOf, { rarArea: 'Bornholm' }))[0].field).toBe(
      'rarArea',
    );
  });

  it('reads the period from periode, or takes the one given', () => {
    const rows = sample().map((row) => ({ ...row, values: { ...row.values, periode: '2027-01' } }));
    expect(planStarImport(rows, [], occupationsOf, { rarArea: 'Østjylland' })).toMatchObject({
      validFrom: '2027-01-01',
      validTo: '2027-06-30',
      name: 'Arbejdsmarkedsbalancen 2027, 1. halvår – RAR Østjylland',
    });
    const given = planStarImport(sample(), [], occupationsOf, {
      rarArea: 'Østjylland',
      validFrom: '2027-01-01',
      validTo: '2027-03-31',
      name: 'Første kvartal',
    });
    expect(given).toMatchObject({ validFrom: '2027-01-01', validTo: '2027-03-31', name: 'Første kvartal' });
  });

  it('refuses a file whose area names no half-year or several, and leaves out a row with an odd periode', () => {
    const none = sample().map((row) => ({ ...row, values: { ...row.values, periode: 'snart' } }));
    expect(refusal(() => planStarImport(none, [], occupationsOf, { rarArea: 'Østjylland' }))[0].field).toBe('periode');
    const two = sample().map((row, index) => ({
      ...row,
      values: { ...row.values, periode: index === 0 ? '2026-01' : '2026-07' },
    }));
    expect(refusal(() => planStarImport(two, [], occupationsOf, { rarArea: 'Østjylland' }))[0].field).toBe('periode');
    const one = sample().map((row, index) => ({
      ...row,
      values: { ...row.values, periode: index === 0 ? 'x' : '2026-07' },
    }));
    const plan = planStarImport(one, [], occupationsOf, { rarArea: 'Østjylland' });
    expect(plan.skipped[0]).toMatchObject({ line: 2, reason: 'bad-row' });
    expect(
      refusal(() => planStarImport(sample(), [], occupationsOf, { rarArea: 'Østjylland', validFrom: '2027-01-01' }))[0]
        .field,
    ).toBe('validTo');
  });

  it('keeps the strongest rating of an occupation several STAR codes map to, and counts unreadable rows', () => {
    const rows: StarCsvRow[] = [
      {
        line: 2,
        values: { rar_omraade: 'Fyn', periode: '2026-07', star_kode: '7115.1', vurdering: 'Paradoksproblemer' },
      },
      { line: 3, values: { rar_omraade: 'Fyn', periode: '2026-07', star_kode: '7115.1', vurdering: 'Mangel' } },
    ];
    const plan = planStarImport(
      rows,
      [{ line: 4, reason: 'bad-row', message: 'A quoted field is not closed' }],
      occupationsOf,
      {},
    );
    expect(plan.rows).toBe(3);
    expect(plan.occupations.find((each) => each.code === '7115.1')).toMatchObject({ weight: 1, starRating: 'mangel' });
    expect(plan.skipped).toEqual([{ line: 4, reason: 'bad-row', message: 'A quoted field is not closed' }]);
  });
});
