import { Injectable } from '@nestjs/common';
import { TenantData, type TenantContext, type TenantScope } from '@jobbro/platform';
import { withDefaults, type PostingRulesSettings } from '../rules/posting-rules-settings';
import { PostingSettings } from './posting-settings.entity';

/** Each jobcentre's posting rules: its own where it set them, the documented defaults elsewhere. */
@Injectable()
export class PostingSettingsService {
  constructor(private readonly data: TenantData) {}

  async rulesFor(tenant: TenantContext, scope: TenantScope = this.data.for(tenant)): Promise<PostingRulesSettings> {
    const stored = await scope.findOneBy(PostingSettings, {});
    return withDefaults({
      ...stored?.rules,
      ...(stored?.shortageSectors ? { shortageSectors: stored.shortageSectors } : {}),
    });
  }
}
