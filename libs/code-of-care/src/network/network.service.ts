import { ConflictException, Injectable } from '@nestjs/common';
import { TenantData, type TenantContext, type TenantScope } from '@jobbro/platform';
import type { ActivityRuleSettings } from '../activity/activity-rule';
import { CodeOfCareNetwork, DEFAULT_ACTIVITY_WINDOW_MONTHS, DEFAULT_WARNING_DAYS } from './code-of-care-network.entity';
import type { UpdateNetworkDto } from './network.dto';
import { NetworkResponse } from './network.response';
import { staleVersion } from '../common/limit-page';

/** A jobcentre's network: one row, made the first time anyone asks for it (or an intake of interest arrives). */
@Injectable()
export class NetworkService {
  constructor(private readonly data: TenantData) {}

  async get(tenant: TenantContext): Promise<NetworkResponse> {
    return NetworkResponse.of(await this.ensure(this.data.for(tenant)));
  }

  async update(tenant: TenantContext, input: UpdateNetworkDto): Promise<NetworkResponse> {
    const network = await this.data.for(tenant).transaction(async (scope) => {
      const current = await this.ensure(scope);
      const { name, activityWindowMonths, warningDays } = input;
      const changed =
        input.version === current.version &&
        (await scope.update(
          CodeOfCareNetwork,
          { id: current.id, version: current.version },
          { name, activityWindowMonths, warningDays },
        )) === 1;
      if (!changed) throw new ConflictException(staleVersion('network', input.version, current.version));
      return (await scope.findOneBy(CodeOfCareNetwork, { id: current.id }))!;
    });
    return NetworkResponse.of(network);
  }

  /** The activity rule's settings: the network's, or the defaults while the jobcentre has not made one. */
  async rules(scope: TenantScope): Promise<ActivityRuleSettings> {
    const network = await scope.findOneBy(CodeOfCareNetwork, {});
    return {
      windowMonths: network?.activityWindowMonths ?? DEFAULT_ACTIVITY_WINDOW_MONTHS,
      warningDays: network?.warningDays ?? DEFAULT_WARNING_DAYS,
    };
  }

  /** The jobcentre's network, inserted with the defaults if it has none yet (two first reads make one row). */
  async ensure(scope: TenantScope): Promise<CodeOfCareNetwork> {
    await scope.insert(CodeOfCareNetwork, {}, { ignoreConflicts: true });
    return (await scope.findOneBy(CodeOfCareNetwork, {}))!;
  }
}
