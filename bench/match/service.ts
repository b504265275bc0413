import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import { AppModule } from '../../apps/api/src/app.module';
import { loadAppConfig, type JobbroRuntime, type TenantContext } from '@jobbro/platform';
import { MatchEngine, MatchQuery, MatchesService, PostingMatchQuery } from '@jobbro/matching';
import { JOBCENTRE_CODE } from './population';
import { percentiles, type Percentiles } from './stats';

export interface ServiceResults {
  postingToCandidates: Percentiles;
  candidateToPostings: Percentiles;
  /** From creating the application context until the match index had loaded (MatchEngine.whenLoaded). */
  readySeconds: number;
  meanResults: { postingToCandidates: number; candidateToPostings: number };
}

type Progress = (task: string, total: number) => { update: (done: number) => void; stop: () => void };

/**
 * The service in this process: the API's whole application (AppModule) as a Nest application context on the bench
 * database, without HTTP or workers; posting → top 50 and candidate → top 50 through MatchesService, as the
 * controller calls it for a consultant (eligibility, scores with their parts and reasons, the run recorded).
 */
export async function serviceInProcess(
  url: string,
  postingIds: readonly string[],
  candidateIds: readonly string[],
  warmup: number,
  progress: Progress,
): Promise<ServiceResults | null> {
  const db = new Client({ connectionString: url });
  await db.connect();
  const consultant = (
    await db
      .query(
        `SELECT s.id, s.name, s.jobcentre_id FROM staff_members s JOIN jobcentres j ON j.id = s.jobcentre_id
          WHERE j.code = $1 AND s.role = 'consultant' ORDER BY s.email LIMIT 1`,
        [JOBCENTRE_CODE],
      )
      .finally(() => db.end())
  ).rows[0];
  const tenant: TenantContext = {
    jobcentreId: consultant.jobcentre_id,
    actor: { id: consultant.id, name: consultant.name, role: 'consultant' },
    companyCvrNumbers: [],
  };
  const config = loadAppConfig({
    ...process.env,
    DATABASE_URL: url,
    LOG_LEVEL: 'warn',
    DEMO_SEED: 'never',
    AUTH_JWT_SECRET: 'jobbro-bench-match-in-process-0123456789-abcdef',
  });
  const runtime: JobbroRuntime = { config, role: 'api', databaseUrl: url, embeddedDatabase: false };
  const started = performance.now();
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(runtime), { logger: ['error', 'warn'] });
  try {
    await app.get(MatchEngine).whenLoaded();
    const readySeconds = (performance.now() - started) / 1000;
    console.log(`Service in process (match index loaded ${readySeconds.toFixed(1)} s after the application started):`);
    const service = app.get(MatchesService);
    const forPosting = (id: string) =>
      service.forPosting(tenant, id, Object.assign(new PostingMatchQuery(), { limit: 50 }), 'bench:match');
    const forCandidate = (id: string) =>
      service.forCandidate(tenant, id, Object.assign(new MatchQuery(), { limit: 50 }), 'bench:match');
    for (const id of postingIds.slice(0, warmup)) await forPosting(id);
    for (const id of candidateIds.slice(0, warmup)) await forCandidate(id);
    const bar = progress('service: both directions', postingIds.length + candidateIds.length);
    const forward: number[] = [];
    const backward: number[] = [];
    let forwardResults = 0;
    let backwardResults = 0;
    for (const id of postingIds) {
      const at = performance.now();
      forwardResults += (await forPosting(id)).results.length;
      forward.push(performance.now() - at);
      bar.update(forward.length);
    }
    for (const id of candidateIds) {
      const at = performance.now();
      backwardResults += (await forCandidate(id)).results.length;
      backward.push(performance.now() - at);
      bar.update(forward.length + backward.length);
    }
    bar.stop();
    return {
      postingToCandidates: percentiles(forward),
      candidateToPostings: percentiles(backward),
      readySeconds,
      meanResults: {
        postingToCandidates: forwardResults / postingIds.length,
        candidateToPostings: backwardResults / candidateIds.length,
      },
    };
  } finally {
    await app.close();
  }
}
