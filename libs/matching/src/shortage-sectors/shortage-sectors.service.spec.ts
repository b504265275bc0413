import type { PostingSettingsService } from '@jobbro/postings';
import type { TenantData } from '@jobbro/platform';
import type { TaxonomyService } from '@jobbro/taxonomy';
import { ShortageSectorsService, shortageWeightsOf } from './shortage-sectors.service';

describe('shortageWeightsOf', () => {
  it("takes the covering period's weights", () => {
    const weights = shortageWeightsOf(
      {
        id: 'p1',
        name: 'Vinter',
        sectors: [{ code: 'handvaerk', weight: 0.8 }],
        occupations: [{ code: '5322.1', weight: 1, starRating: 'mangel', starCode: '5322.1' }],
      },
      ['lager-logistik'],
      '2026-11-24',
    );
    expect(weights).toEqual({
      periodId: 'p1',
      name: 'Vinter',
      sectors: new Map([['handvaerk', 0.8]]),
      occupations: new Map([['5322.1', 1]]),
    });
  });

  it("falls back to the posting settings' sectors, each at weight 1, saying so", () => {
    const weights = shortageWeightsOf(null, ['handvaerk', 'social-sundhed'], '2026-11-24');
    expect(weights.periodId).toBeNull();
    expect(weights.name).toBe('Opslagsindstillingernes mangelområder (ingen periode dækker 2026-11-24)');
    expect([...weights.sectors]).toEqual([
      ['handvaerk', 1],
      ['social-sundhed', 1],
    ]);
    expect(weights.occupations.size).toBe(0);
  });
});

describe('ShortageSectorsService.weightsOn cache', () => {
  function service() {
    const getOne = jest.fn().mockResolvedValue(null);
    const builder = { andWhere: () => builder, orderBy: () => builder, getOne };
    const scope = { select: () => builder, delete: jest.fn().mockResolvedValue(1) };
    const data = { for: () => scope } as unknown as TenantData;
    const rulesFor = jest.fn().mockResolvedValue({ shortageSectors: ['handvaerk'] });
    const settings = { rulesFor } as unknown as PostingSettingsService;
    return { shortage: new ShortageSectorsService(data, {} as TaxonomyService, settings), getOne, rulesFor };
  }
  const tenant = { jobcentreId: 'j1', actor: null, companyCvrNumbers: [] };

  it('reads a jobcentre and day once, and again after this process changed its periods', async () => {
    const { shortage, getOne } = service();
    await shortage.weightsOn('j1', '2026-11-24');
    await shortage.weightsOn('j1', '2026-11-24');
    expect(getOne).toHaveBeenCalledTimes(1);
    await shortage.weightsOn('j1', '2026-11-25');
    await shortage.weightsOn('j2', '2026-11-24');
    expect(getOne).toHaveBeenCalledTimes(3);
    await shortage.remove(tenant, 'p1');
    await shortage.weightsOn('j1', '2026-11-24');
    expect(getOne).toHaveBeenCalledTimes(4);
  });

  it('refuses a day not written YYYY-MM-DD', async () => {
    await expect(service().shortage.weightsOn('j1', '24-11-2026')).rejects.toThrow(RangeError);
  });
});
