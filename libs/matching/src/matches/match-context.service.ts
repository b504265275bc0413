import { Injectable } from '@nestjs/common';
import { PostingSettingsService, type PostingRulesSettings } from '@jobbro/postings';
import { TtlCache } from '@jobbro/platform';
import { MatchEngine } from '../engine/match-engine';
import type { MatchContext, ShortageLookup } from '../scoring/match-facts';
import type { MatchWeights } from '../scoring/match-weights';

/** The shortage weights in force for a jobcentre on a day, and the name of the period they come from. */
export interface ShortageInForce extends ShortageLookup {
  name: string;
}

const CACHE_MS = 5_000;

/** A context with the name of its shortage period, for the list's heading and record. */
export type NamedMatchContext = MatchContext & { shortageName: string };

/** Today in Copenhagen, as YYYY-MM-DD: the day ages and periods are judged on. */
export const copenhagenToday = () =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());

/**
 * Builds the context a match is judged in: the posting's jobcentre's rules and shortage weights, the matching
 * jobcentre's weights, the day. Contexts are cached for a few seconds, so the ranker's per-posting work (made per
 * context) is reused by the requests in between.
 */
@Injectable()
export class MatchContextService {
  private readonly rules = new TtlCache<string, PostingRulesSettings>(CACHE_MS);
  private readonly contexts = new TtlCache<string, NamedMatchContext>(CACHE_MS);

  constructor(
    private readonly settings: PostingSettingsService,
    private readonly engine: MatchEngine,
  ) {}

  async shortageFor(jobcentreId: string, _day: string): Promise<ShortageInForce> {
    const rules = await this.rulesOf(jobcentreId);
    return {
      name: 'Jobcentrets mangelområder (opslagsreglerne)',
      sectors: new Map(rules.shortageSectors.map((code) => [code, 1])),
      occupations: new Map(),
    };
  }

  /** A shared context for review lists (no consent rule), cached per jobcentres, weights version and day. */
  async reviewContext(postingJobcentreId: string, weights: MatchWeights, weightsVersion: number, matchingId: string) {
    const day = copenhagenToday();
    const key = `${postingJobcentreId}|${matchingId}|${weightsVersion}|${day}`;
    const found = await this.contexts.getOrLoad(key, () =>
      this.context(postingJobcentreId, weights, day, { forEmployer: false, consentWithdrawn: new Set() }),
    );
    return found!;
  }

  async context(
    postingJobcentreId: string,
    weights: MatchWeights,
    day: string,
    consent: Pick<MatchContext, 'forEmployer' | 'consentWithdrawn'>,
  ): Promise<NamedMatchContext> {
    const [rules, shortage, dictionary] = await Promise.all([
      this.rulesOf(postingJobcentreId),
      this.shortageFor(postingJobcentreId, day),
      this.engine.dictionary(),
    ]);
    return {
      today: day,
      rules,
      weights,
      shortage,
      shortageName: shortage.name,
      relations: dictionary.relations,
      ...consent,
    };
  }

  private async rulesOf(jobcentreId: string): Promise<PostingRulesSettings> {
    const found = await this.rules.getOrLoad(jobcentreId, () =>
      this.settings.rulesFor({ jobcentreId, actor: null, companyCvrNumbers: [] }),
    );
    return found!;
  }
}
