import { ServiceUnavailableException } from '@nestjs/common';
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
  /** From creating the application context until its match index had loaded and a match list was answered. */
  readySeconds: number;
  meanResults: { postingToCandidates: number; candidateToPostings: number };
  loadNote: string;
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
    const service = app.get(MatchesService);
    const forPosting = (id: string) =>
      service.forPosting(tenant, id, Object.assign(new PostingMatchQuery(), { limit: 50 }), 'bench:match');
    const forCandidate = (id: string) =>
      service.forCandidate(tenant, id, Object.assign(new MatchQuery(), { limit: 50 }), 'bench:match');
    // Ready when the index has loaded; whenLoaded gives up when a load takes over a minute (the engine's request
    // wait), so then the first match list that is answered says it.
    let loadNote = '';
    await app
      .get(MatchEngine)
      .whenLoaded()
      .catch((error: Error) => (loadNote = ` (whenLoaded failed: ${error.message})`));
    for (;;) {
      try {
        await forPosting(postingIds[0]);
        break;
      } catch (error) {
        if (!(error instanceof ServiceUnavailableException)) throw error;
      }
    }
    const readySeconds = (performance.now() - started) / 1000;
    console.log(`Service in process (matching ${readySeconds.toFixed(1)} s after the application started${loadNote}):`);
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
      loadNote,
      meanResults: {
        postingToCandidates: forwardResults / postingIds.length,
        candidateToPostings: backwardResults / candidateIds.length,
      },
    };
  } finally {
    await app.close();
  }
}
