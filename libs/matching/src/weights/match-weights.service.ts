import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { invalidField, TtlCache, type TenantContext } from '@jobbro/platform';
import { DEFAULT_MATCH_WEIGHTS, MATCH_PARTS, weightsTotal, type MatchWeights } from '../scoring/match-weights';
import type { MatchWeightsDto, MatchWeightsResponse } from './match-weights.dto';
import { MatchWeightVersion } from './match-weight-version.entity';

export interface VersionedWeights {
  version: number;
  weights: MatchWeights;
  since: Date | null;
}

/** Read on every match; a change in another process shows here within this long. */
const CACHE_MS = 5_000;

/** Each jobcentre's match weights, by version: version 0 is DEFAULT_MATCH_WEIGHTS, each change adds one. */
@Injectable()
export class MatchWeightsService {
  private readonly cache = new TtlCache<string, VersionedWeights>(CACHE_MS);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async current(jobcentreId: string): Promise<VersionedWeights> {
    const found = await this.cache.getOrLoad(jobcentreId, async () => {
      const latest = await this.dataSource.getRepository(MatchWeightVersion).findOne({
        where: { jobcentreId },
        order: { version: 'DESC' },
      });
      return latest
        ? { version: latest.version, weights: latest.weights, since: latest.createdAt }
        : { version: 0, weights: DEFAULT_MATCH_WEIGHTS, since: null };
    });
    return found!;
  }

  /** The weights a recorded match list was ranked with. */
  async version(jobcentreId: string, version: number): Promise<MatchWeights | null> {
    if (version === 0) return DEFAULT_MATCH_WEIGHTS;
    const found = await this.dataSource.getRepository(MatchWeightVersion).findOneBy({ jobcentreId, version });
    return found?.weights ?? null;
  }

  async replace(tenant: TenantContext, input: MatchWeightsDto): Promise<MatchWeightsResponse> {
    const weights = Object.fromEntries(MATCH_PARTS.map((part) => [part, input[part]])) as unknown as MatchWeights;
    const total = weightsTotal(weights);
    if (total !== 100) throw invalidField('requiredSkills', `the parts must add up to 100 points, not ${total}`);
    const saved = await this.dataSource.transaction(async (manager) => {
      // One writer at a time per jobcentre, so two changes never claim the same version.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`match-weights:${tenant.jobcentreId}`]);
      const [{ next }]: { next: number }[] = await manager.query(
        'SELECT COALESCE(MAX(version), 0) + 1 AS next FROM match_weight_versions WHERE jobcentre_id = $1',
        [tenant.jobcentreId],
      );
      return manager.save(
        manager.create(MatchWeightVersion, {
          jobcentreId: tenant.jobcentreId,
          version: next,
          weights,
          createdById: tenant.actor?.id ?? null,
        }),
      );
    });
    this.cache.delete(tenant.jobcentreId);
    return { version: saved.version, weights: saved.weights, since: saved.createdAt.toISOString() };
  }
}

export function weightsResponse(current: VersionedWeights): MatchWeightsResponse {
  return { version: current.version, weights: current.weights, since: current.since?.toISOString() ?? null };
}
