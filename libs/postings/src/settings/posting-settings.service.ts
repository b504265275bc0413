import { Injectable } from '@nestjs/common';
import { invalidField, TenantData, type TenantContext, type TenantScope } from '@jobbro/platform';
import { TaxonomyService } from '@jobbro/taxonomy';
import { withDefaults, type PostingRulesSettings } from '../rules/posting-rules-settings';
import type { PostingRulesDto } from './dto/posting-rules.dto';
import { PostingSettings } from './posting-settings.entity';

/** Drops the keys a DTO instance holds as undefined, so "left out" stays left out in the stored JSON. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Each jobcentre's posting rules: its own where it set them, the documented defaults elsewhere. */
@Injectable()
export class PostingSettingsService {
  constructor(
    private readonly data: TenantData,
    private readonly taxonomy: TaxonomyService,
  ) {}

  async rulesFor(tenant: TenantContext, scope: TenantScope = this.data.for(tenant)): Promise<PostingRulesSettings> {
    const stored = await scope.findOneBy(PostingSettings, {});
    const shortage = stored?.shortageSectors ? { shortageSectors: stored.shortageSectors } : {};
    return withDefaults({ ...stored?.rules, ...shortage });
  }

  /** Replaces the jobcentre's rules with `input` (the whole set), after checking it makes sense. */
  async replace(tenant: TenantContext, input: PostingRulesDto): Promise<PostingRulesSettings> {
    if (input.smaajob.minHours > input.smaajob.maxHours)
      throw invalidField('smaajob.minHours', 'smaajob.minHours must not be above smaajob.maxHours');
    const sectors = await this.taxonomy.resolveSectors('shortageSectors', input.shortageSectors);
    const { shortageSectors: _sectors, ...rules } = plain(input);
    const scope = this.data.for(tenant);
    await scope.upsert(
      PostingSettings,
      { rules, shortageSectors: sectors.map((sector) => sector.code), updatedAt: new Date() },
      ['jobcentreId'],
    );
    return this.rulesFor(tenant, scope);
  }
}
