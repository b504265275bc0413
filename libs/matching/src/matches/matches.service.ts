import { Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ageOn } from '@jobbro/candidates';
import { invalidField, type TenantContext } from '@jobbro/platform';
import { AuditLogService } from '@jobbro/privacy';
import { rankCandidates } from '../engine/candidate-ranker';
import type { CandidateStore } from '../engine/candidate-store';
import { MatchEngine } from '../engine/match-engine';
import { loadCandidatesById, loadPostings } from '../engine/match-rows';
import { rankPostings } from '../engine/posting-ranker';
import { PostingQuery, type PostingCodes } from '../engine/prepared-posting';
import { checkEligibility } from '../scoring/eligibility';
import type { CandidateFacts, MatchContext, PostingFacts } from '../scoring/match-facts';
import { scoreMatch, type ScoredMatch } from '../scoring/score-match';
import type { SkillCoverage } from '../scoring/score-parts';
import type { TaxonomyCatalogue } from '@jobbro/taxonomy';
import { MatchWeightsService } from '../weights/match-weights.service';
import { PartnersService } from '../partners/partners.service';
import { ageBand } from './age-band';
import { copenhagenToday, MatchContextService, type NamedMatchContext } from './match-context.service';
import { MatchRun, type MatchDirection, type PoolComposition } from './match-run.entity';
import { MAX_MATCH_DEPTH, type MatchQuery, type PostingMatchQuery } from './match.query';
import type {
  CandidateMatchesResponse,
  PostingMatchesResponse,
  ScorePartResponse,
  MatchSkillsResponse,
} from './match.response';

const CANDIDATE_RECORD_TYPE = 'candidate';

/**
 * Match lists, both ways, for staff: ranked by the in-memory engine, each result scored and explained by the rule
 * functions, every list recorded (match_runs) and every name shown audited. Nothing is sent to anyone from here.
 */
@Injectable()
export class MatchesService {
  private readonly logger = new Logger(MatchesService.name);
  private readonly queries = new WeakMap<MatchContext, Map<string, PostingQuery>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly engine: MatchEngine,
    private readonly contexts: MatchContextService,
    private readonly weights: MatchWeightsService,
    private readonly partners: PartnersService,
    private readonly audit: AuditLogService,
  ) {}

  async forPosting(
    tenant: TenantContext,
    postingId: string,
    query: PostingMatchQuery,
    endpoint: string,
  ): Promise<PostingMatchesResponse> {
    checkDepth(query);
    const jobcentreId = tenant.jobcentreId;
    const [posting] = await loadPostings(this.dataSource, { id: postingId, jobcentreId });
    if (!posting) throw new NotFoundException(`No posting with id ${postingId}`);
    const current = await this.weights.current(jobcentreId);
    const day = copenhagenToday();
    const forEmployer = query.purpose === 'employer';
    const withdrawn = forEmployer ? await this.withdrawnConsents(posting.companyId) : new Set<string>();
    const context = await this.contexts.context(jobcentreId, current.weights, day, {
      forEmployer,
      consentWithdrawn: withdrawn,
    });
    const [store, codes, dictionary] = await Promise.all([
      this.engine.store(jobcentreId),
      this.engine.codesOf(posting),
      this.engine.dictionary(),
    ]);
    const catalogue = dictionary.catalogue;
    const sectorName = posting.sectorCode ? catalogue.sectorLabel(posting.sectorCode) : null;

    // From ranking to explanation without an await: the store cannot change in between.
    const withdrawnSlots = new Set([...withdrawn].flatMap((id) => store.slotOf.get(id) ?? []));
    const rankQuery = new PostingQuery(codes, context, forEmployer ? withdrawnSlots : null);
    const ranking = rankCandidates(
      store,
      rankQuery,
      query.offset + query.limit,
      query.includeExcluded ? query.limit : 0,
    );
    const shown = ranking.top.slice(query.offset).map((ranked, index) => {
      const facts = store.facts(ranked.slot);
      const scored = scoreMatch(posting, facts, context, sectorName);
      this.checkAgreement(ranked.score, scored.score, posting.id, facts.id);
      return { rank: query.offset + index + 1, facts, scored };
    });
    const excluded = (ranking.excluded ?? []).map((ranked) => {
      const facts = store.facts(ranked.slot);
      return {
        facts,
        score: scoreMatch(posting, facts, context, sectorName).score,
        reasons: checkEligibility(posting, facts, context),
      };
    });
    const pool = this.poolOf(store, rankQuery, ranking.sample, ranking.relevant, day);

    const ids = [...shown.map((entry) => entry.facts.id), ...excluded.map((entry) => entry.facts.id)];
    const [names, consented] = await Promise.all([
      this.namesOf(jobcentreId, ids),
      this.consentedTo(posting.companyId, ids),
    ]);
    const run = await this.record(tenant, 'posting-candidates', posting.id, query, current.version, {
      inputs: { day, purpose: query.purpose, posting: postingInputs(posting), shortage: context.shortageName },
      results: shown.map((entry) => ({
        id: entry.facts.id,
        rank: entry.rank,
        score: entry.scored.score,
        targetGroup: entry.facts.targetGroup,
        ageBand: ageBand(entry.facts.birthDate ? ageOn(entry.facts.birthDate, day) : null),
      })),
      eligibleCount: pool.size,
      excludedCount: ranking.excludedCount ?? ranking.relevant - pool.size,
      pool,
    });
    await this.audited(tenant, ids, endpoint);

    return {
      matchRunId: run.id,
      requestedAt: run.requestedAt.toISOString(),
      day,
      weightsVersion: current.version,
      weights: current.weights,
      shortagePeriod: context.shortageName,
      limit: query.limit,
      offset: query.offset,
      evaluated: ranking.evaluated,
      excludedCount: ranking.excludedCount,
      postingId: posting.id,
      results: shown.map(({ rank, facts, scored }) => ({
        rank,
        candidateId: facts.id,
        name: names.get(facts.id) ?? '',
        score: scored.score,
        ...explained(scored, catalogue),
        age: facts.birthDate ? ageOn(facts.birthDate, day) : null,
        targetGroup: facts.targetGroup,
        ladderStep: facts.ladderStep,
        hoursPerWeek: facts.hoursPerWeek,
        identityShared: consented.has(facts.id),
      })),
      excluded: ranking.excluded
        ? excluded.map(({ facts, score, reasons }) => ({
            candidateId: facts.id,
            name: names.get(facts.id) ?? '',
            score,
            reasons,
          }))
        : null,
    };
  }

  async forCandidate(
    tenant: TenantContext,
    candidateId: string,
    query: MatchQuery,
    endpoint: string,
  ): Promise<CandidateMatchesResponse> {
    checkDepth(query);
    const jobcentreId = tenant.jobcentreId;
    const store = await this.engine.store(jobcentreId);
    const slot = await this.slotOf(store, jobcentreId, candidateId);
    const current = await this.weights.current(jobcentreId);
    const day = copenhagenToday();
    const jobcentres = await this.partners.postingJobcentres(jobcentreId);
    const [postings, dictionary] = await Promise.all([this.engine.openPostings(jobcentres), this.engine.dictionary()]);
    const contexts = new Map<string, NamedMatchContext>();
    for (const id of jobcentres) {
      contexts.set(id, await this.contexts.reviewContext(id, current.weights, current.version, jobcentreId));
    }
    const queries = postings.map((codes) => this.queryFor(codes, contexts.get(codes.facts.jobcentreId)!));
    const catalogue = dictionary.catalogue;

    const ranking = rankPostings(
      store,
      slot,
      queries,
      query.offset + query.limit,
      query.includeExcluded ? query.limit : 0,
    );
    const candidate = store.facts(slot);
    const judge = (index: number) => {
      const { facts } = queries[index].codes;
      const context = queries[index].context;
      const sectorName = facts.sectorCode ? catalogue.sectorLabel(facts.sectorCode) : null;
      return { posting: facts, context, scored: scoreMatch(facts, candidate, context, sectorName) };
    };
    const shown = ranking.top.slice(query.offset).map((ranked, index) => {
      const judged = judge(ranked.slot);
      this.checkAgreement(ranked.score, judged.scored.score, judged.posting.id, candidate.id);
      return { rank: query.offset + index + 1, ...judged };
    });
    const excluded = (ranking.excluded ?? []).map((ranked) => {
      const judged = judge(ranked.slot);
      return { ...judged, reasons: checkEligibility(judged.posting, candidate, judged.context) };
    });

    const details = await this.postingDetails([...shown, ...excluded].map((entry) => entry.posting.id));
    const run = await this.record(tenant, 'candidate-postings', candidate.id, query, current.version, {
      inputs: { day, candidate: candidateInputs(candidate), jobcentres: [...jobcentres] },
      results: shown.map((entry) => ({
        id: entry.posting.id,
        rank: entry.rank,
        score: entry.scored.score,
        targetGroup: null,
        ageBand: null,
      })),
      eligibleCount: ranking.evaluated - (ranking.excludedCount ?? 0),
      excludedCount: ranking.excludedCount ?? 0,
      pool: null,
    });
    await this.audited(tenant, [candidate.id], endpoint);

    return {
      matchRunId: run.id,
      requestedAt: run.requestedAt.toISOString(),
      day,
      weightsVersion: current.version,
      weights: current.weights,
      shortagePeriod: contexts.get(jobcentreId)!.shortageName,
      limit: query.limit,
      offset: query.offset,
      evaluated: ranking.evaluated,
      excludedCount: ranking.excludedCount,
      candidateId: candidate.id,
      results: shown.map(({ rank, posting, scored }) => {
        const detail = details.get(posting.id);
        return {
          rank,
          postingId: posting.id,
          title: detail?.title ?? '',
          kind: posting.kind,
          companyName: detail?.companyName ?? '',
          occupationCode: posting.occupationCode,
          occupationLabel: posting.occupationCode ? catalogue.occupationLabel(posting.occupationCode) : null,
          jobcentre: { code: detail?.jobcentreCode ?? '', name: detail?.jobcentreName ?? '' },
          partner: posting.jobcentreId !== jobcentreId,
          score: scored.score,
          ...explained(scored, catalogue),
        };
      }),
      excluded: ranking.excluded
        ? excluded.map(({ posting, scored, reasons }) => ({
            postingId: posting.id,
            title: details.get(posting.id)?.title ?? '',
            score: scored.score,
            reasons,
          }))
        : null,
    };
  }

  /** One PostingQuery per posting and context, reused while the context is cached. */
  private queryFor(codes: PostingCodes, context: MatchContext): PostingQuery {
    let byPosting = this.queries.get(context);
    if (!byPosting) this.queries.set(context, (byPosting = new Map()));
    let query = byPosting.get(codes.facts.id);
    if (!query || query.codes !== codes) {
      query = new PostingQuery(codes, context, null);
      byPosting.set(codes.facts.id, query);
    }
    return query;
  }

  /** The candidate's slot; one committed a moment ago but not yet announced is read from the database. */
  private async slotOf(store: CandidateStore, jobcentreId: string, candidateId: string): Promise<number> {
    const slot = store.slotOf.get(candidateId);
    if (slot !== undefined) return slot;
    const [row] = await loadCandidatesById(this.dataSource, [candidateId]);
    if (!row || row.jobcentreId !== jobcentreId) throw new NotFoundException(`No candidate with id ${candidateId}`);
    store.upsert(row);
    return store.slotOf.get(candidateId)!;
  }

  /** The ranker and the rule functions must agree; a difference is a bug worth a log line, not a failed request. */
  private checkAgreement(ranked: number, explainedScore: number, postingId: string, candidateId: string): void {
    if (Math.abs(ranked - explainedScore) > 1e-9) {
      this.logger.warn({ postingId, candidateId, ranked, explained: explainedScore }, 'Ranker and rules disagree');
    }
  }

  private poolOf(
    store: CandidateStore,
    query: PostingQuery,
    sample: readonly number[],
    relevant: number,
    day: string,
  ): PoolComposition {
    const targetGroups: Record<string, number> = {};
    const ageBands: Record<string, number> = {};
    let eligible = 0;
    for (const slot of sample) {
      if (!query.eligible(store, slot)) continue;
      eligible++;
      const facts = store.facts(slot);
      const group = facts.targetGroup ?? 'ukendt';
      targetGroups[group] = (targetGroups[group] ?? 0) + 1;
      const band = ageBand(facts.birthDate ? ageOn(facts.birthDate, day) : null);
      ageBands[band] = (ageBands[band] ?? 0) + 1;
    }
    const size = sample.length === 0 ? 0 : Math.round((relevant * eligible) / sample.length);
    return { size, sampled: eligible, targetGroups, ageBands };
  }

  private async record(
    tenant: TenantContext,
    direction: MatchDirection,
    subjectId: string,
    query: MatchQuery,
    weightsVersion: number,
    content: Pick<MatchRun, 'inputs' | 'results' | 'eligibleCount' | 'excludedCount' | 'pool'>,
  ): Promise<MatchRun> {
    const repository = this.dataSource.getRepository(MatchRun);
    return repository.save(
      repository.create({
        jobcentreId: tenant.jobcentreId,
        direction,
        subjectId,
        purpose: 'purpose' in query ? (query as PostingMatchQuery).purpose : 'review',
        requestedById: tenant.actor?.id ?? null,
        requestedAt: new Date(),
        weightsVersion,
        ...content,
        inputs: { ...content.inputs, limit: query.limit, offset: query.offset, includeExcluded: query.includeExcluded },
      }),
    );
  }

  private async audited(tenant: TenantContext, ids: string[], endpoint: string): Promise<void> {
    if (ids.length > 0) {
      await this.audit.record(tenant, { action: 'read', recordType: CANDIDATE_RECORD_TYPE, recordIds: ids, endpoint });
    }
  }

  private async namesOf(jobcentreId: string, ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await this.dataSource.query(
      'SELECT id, name FROM candidates WHERE jobcentre_id = $1 AND id = ANY($2::uuid[])',
      [jobcentreId, ids],
    );
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /** Candidates whose consent to show their identity to the company is recorded and not withdrawn. */
  private async consentedTo(companyId: string, ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: { candidate_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT candidate_id FROM candidate_consents
       WHERE company_id = $1 AND withdrawn_at IS NULL AND candidate_id = ANY($2::uuid[])`,
      [companyId, ids],
    );
    return new Set(rows.map((row) => row.candidate_id));
  }

  /** Candidates who withdrew their consent to the company and have not given it again. */
  private async withdrawnConsents(companyId: string): Promise<Set<string>> {
    const rows: { candidate_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT candidate_id FROM candidate_consents withdrawn
       WHERE company_id = $1 AND withdrawn_at IS NOT NULL AND NOT EXISTS (
         SELECT 1 FROM candidate_consents given
         WHERE given.company_id = withdrawn.company_id AND given.candidate_id = withdrawn.candidate_id
           AND given.withdrawn_at IS NULL)`,
      [companyId],
    );
    return new Set(rows.map((row) => row.candidate_id));
  }

  private async postingDetails(ids: string[]) {
    const rows: { id: string; title: string; company_name: string; code: string; name: string }[] =
      ids.length === 0
        ? []
        : await this.dataSource.query(
            `SELECT p.id, p.title, c.name AS company_name, j.code, j.name
             FROM postings p JOIN companies c ON c.id = p.company_id JOIN jobcentres j ON j.id = p.jobcentre_id
             WHERE p.id = ANY($1::uuid[])`,
            [ids],
          );
    return new Map(
      rows.map((row) => [
        row.id,
        { title: row.title, companyName: row.company_name, jobcentreCode: row.code, jobcentreName: row.name },
      ]),
    );
  }
}

function checkDepth(query: MatchQuery): void {
  if (query.offset + query.limit > MAX_MATCH_DEPTH) {
    throw invalidField('offset', `offset + limit may be at most ${MAX_MATCH_DEPTH}, not ${query.offset + query.limit}`);
  }
}

function skillMatch(coverage: SkillCoverage, catalogue: TaxonomyCatalogue): MatchSkillsResponse {
  const ref = (uri: string) => ({ uri, label: catalogue.skillLabel(uri) });
  return {
    matched: coverage.matched.map(ref),
    related: coverage.related.map(({ skill, via }) => ({ ...ref(skill), via: ref(via) })),
    missing: coverage.missing.map(ref),
  };
}

function explained(scored: ScoredMatch, catalogue: TaxonomyCatalogue) {
  return {
    parts: scored.parts as ScorePartResponse[],
    requiredSkills: skillMatch(scored.required, catalogue),
    desiredSkills: skillMatch(scored.desired, catalogue),
    distanceKm: scored.distanceKm,
  };
}

/** The posting as ranked: what a later explanation needs, no personal data. */
function postingInputs(posting: PostingFacts): Record<string, unknown> {
  return { ...posting };
}

/** The candidate as ranked: the facts the rules read (no name, no contact). */
function candidateInputs(candidate: CandidateFacts): Record<string, unknown> {
  return { ...candidate, skills: Object.fromEntries(candidate.skills) };
}
