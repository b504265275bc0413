import { Agent } from 'node:http';
import { Client } from 'pg';
import { timedRequest, type BenchApi } from './api';
import { percentiles, sleep, type Percentiles } from './stats';

interface MatchesPage {
  results: { candidateId?: string; postingId?: string; score: number; parts?: unknown[] }[];
}

/** GETs one match list, failing on anything but 200 with results that carry their explanation. */
async function getMatches(
  agent: Agent,
  api: BenchApi,
  token: string,
  path: string,
): Promise<{ ms: number; body: MatchesPage }> {
  const response = await timedRequest<MatchesPage>(agent, api.port, token, 'GET', path);
  if (response.status !== 200)
    throw new Error(`GET ${path} answered ${response.status}: ${JSON.stringify(response.body).slice(0, 500)}`);
  return { ms: response.ms, body: response.body };
}

export const postingMatchesPath = (id: string) => `/api/v1/postings/${id}/matches?limit=50`;
export const candidateMatchesPath = (id: string) => `/api/v1/candidates/${id}/matches?limit=50`;

/**
 * Waits until the API answers a match list: the time from the process's spawn to the first 200 is what a restarted
 * process needs before it can match (its index built). Each try waits for its answer, so a service that holds
 * requests until it is ready is measured the same as one that refuses them meanwhile.
 */
export async function waitUntilMatching(api: BenchApi, token: string, postingId: string): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    for (;;) {
      const response = await timedRequest(agent, api.port, token, 'GET', postingMatchesPath(postingId));
      if (response.status === 200) return (performance.now() - api.spawnedAt) / 1000;
      if (api.child.exitCode !== null) throw new Error(`The API exited:\n${api.output()}`);
      if (response.status === 404 && performance.now() - api.listeningAt > 5_000)
        throw new Error(`GET ${postingMatchesPath(postingId)} answered 404: is the matching service in this build?`);
      await sleep(100);
    }
  } finally {
    agent.destroy();
  }
}

export interface HttpResults {
  postingToCandidates: Percentiles;
  candidateToPostings: Percentiles;
  meanResults: { postingToCandidates: number; candidateToPostings: number };
}

/** Both directions over HTTP, one request at a time on a keep-alive connection, after a warm-up. */
export async function overHttp(
  api: BenchApi,
  token: string,
  postingIds: readonly string[],
  candidateIds: readonly string[],
  warmup: number,
  onProgress: (done: number) => void,
): Promise<HttpResults> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    for (const id of postingIds.slice(0, warmup)) await getMatches(agent, api, token, postingMatchesPath(id));
    for (const id of candidateIds.slice(0, warmup)) await getMatches(agent, api, token, candidateMatchesPath(id));
    const forward: number[] = [];
    const backward: number[] = [];
    let forwardResults = 0;
    let backwardResults = 0;
    for (const id of postingIds) {
      const { ms, body } = await getMatches(agent, api, token, postingMatchesPath(id));
      forward.push(ms);
      forwardResults += body.results.length;
      onProgress(forward.length);
    }
    for (const id of candidateIds) {
      const { ms, body } = await getMatches(agent, api, token, candidateMatchesPath(id));
      backward.push(ms);
      backwardResults += body.results.length;
      onProgress(forward.length + backward.length);
    }
    return {
      postingToCandidates: percentiles(forward),
      candidateToPostings: percentiles(backward),
      meanResults: {
        postingToCandidates: forwardResults / postingIds.length,
        candidateToPostings: backwardResults / candidateIds.length,
      },
    };
  } finally {
    agent.destroy();
  }
}

export interface FreshnessResults {
  create: Percentiles;
  update: Percentiles;
  placement: Percentiles;
  /** Tries where the change was not seen within the time limit. */
  timedOut: number;
}

const POLL_MS = 10;
const GIVE_UP_MS = 15_000;

/**
 * With two API processes on one database: a change made through `writer` (a new candidate who belongs in the
 * posting's top 50, then their skills replaced so they no longer do, then a placement elsewhere that makes a
 * second new candidate ineligible), and the time until `reader`'s posting matches show it (the new candidate
 * listed, the changed one's score changed, the placed one gone), polled every 10 ms. Each
 * delay is counted from the moment the change was sent (its commit is within that request).
 */
export async function freshness(
  db: Client,
  writer: BenchApi,
  reader: BenchApi,
  token: string,
  jobcentreId: string,
  tries: number,
  onProgress: (done: number) => void,
): Promise<FreshnessResults> {
  const target = (
    await db.query(
      `SELECT p.id, p.occupation_code, o.sector_code, p.required_skills, p.desired_skills,
              p.hours_per_week::float8 AS hours, p.workplace_postcode
         FROM postings p JOIN occupations o ON o.code = p.occupation_code
        WHERE p.jobcentre_id = $1 AND p.status = 'open' AND p.kind = 'ordinary' AND p.external_id LIKE 'BENCH-OPEN-%'
          AND cardinality(p.required_skills) >= 5 AND cardinality(p.desired_skills) >= 4
        ORDER BY p.id LIMIT 1`,
      [jobcentreId],
    )
  ).rows[0];
  // A posting with room for every placement the bench makes, so placing never fills it.
  const [{ id: placeIn }] = (
    await db.query(
      `INSERT INTO postings (jobcentre_id, company_id, external_id, kind, status, title, occupation_code,
                             hours_per_week, workplace_postcode, start_date, positions, published_at)
       SELECT jobcentre_id, company_id, 'BENCH-FRESHNESS-' || gen_random_uuid(), 'ordinary', 'open', title,
              occupation_code, 10, workplace_postcode, current_date + 14, 1000, now()
         FROM postings WHERE id = $1
       RETURNING id`,
      [target.id],
    )
  ).rows;
  const unrelated: string[] = (
    await db.query(
      `SELECT uri FROM skills
        WHERE uri <> ALL($1::text[]) AND reuse_level = 'occupation-specific'
        ORDER BY uri LIMIT 5`,
      [[...target.required_skills, ...target.desired_skills]],
    )
  ).rows.map((row: { uri: string }) => row.uri);
  const skills = [...target.required_skills, ...target.desired_skills].map((skill: string) => ({ skill, level: 4 }));
  const birthYear = new Date().getUTCFullYear() - 35;
  const body = (index: number) => ({
    name: `Frisk Kandidat ${index}`,
    birthDate: `${birthYear}-03-15`,
    targetGroup: 'dagpenge',
    postcode: target.workplace_postcode,
    travelReachKm: 60,
    hoursPerWeek: 37,
    ladderStep: 5,
    desiredOccupations: [target.occupation_code],
    desiredSectors: [target.sector_code],
    willingToChangeSector: true,
    skills,
  });

  const agent = new Agent({ keepAlive: true, maxSockets: 2 });
  const readerAgent = new Agent({ keepAlive: true, maxSockets: 1 });
  const path = postingMatchesPath(target.id);
  let timedOut = 0;
  /** Sends the change through the writer, then polls the reader until `seen` holds; the delay from the send. */
  type Results = MatchesPage['results'];
  const measure = async (change: () => Promise<void>, seen: (results: Results) => boolean): Promise<number> => {
    const sent = performance.now();
    await change();
    for (;;) {
      const response = await timedRequest<MatchesPage>(readerAgent, reader.port, token, 'GET', path);
      if (response.status !== 200) throw new Error(`GET ${path} on the reader answered ${response.status}`);
      if (seen(response.body.results)) return performance.now() - sent;
      if (performance.now() - sent > GIVE_UP_MS) {
        timedOut++;
        return performance.now() - sent;
      }
      await sleep(POLL_MS);
    }
  };
  const write = async (method: string, writePath: string, payload: unknown): Promise<{ id: string }> => {
    const response = await timedRequest<{ id: string }>(agent, writer.port, token, method, writePath, payload);
    if (response.status >= 300)
      throw new Error(`${method} ${writePath} answered ${response.status}: ${JSON.stringify(response.body)}`);
    return response.body;
  };

  const has = (results: Results, id: string) => results.some((result) => result.candidateId === id);
  const scoreOf = (results: Results, id: string) => results.find((result) => result.candidateId === id)?.score;
  const created: number[] = [];
  const updated: number[] = [];
  const placed: number[] = [];
  try {
    for (let index = 0; index < tries; index++) {
      // A new candidate who belongs at the top of the posting's list.
      let candidateId = '';
      let score: number | undefined;
      created.push(
        await measure(
          async () => void (candidateId = (await write('POST', '/api/v1/candidates', body(index))).id),
          (results) => (score = scoreOf(results, candidateId)) !== undefined,
        ),
      );
      // Their skills replaced by unrelated ones: their score falls (or they leave the top 50; the points for
      // occupation, hours, distance and ladder step may keep them in it).
      updated.push(
        await measure(
          async () =>
            void (await write('PATCH', `/api/v1/candidates/${candidateId}`, {
              skills: unrelated.map((skill) => ({ skill, level: 2 })),
            })),
          (results) => scoreOf(results, candidateId) !== score,
        ),
      );
      // A second new candidate at the top, then placed in another posting: already placed, no longer eligible.
      let secondId = '';
      await measure(
        async () => void (secondId = (await write('POST', '/api/v1/candidates', body(1000 + index))).id),
        (results) => has(results, secondId),
      );
      placed.push(
        await measure(
          async () => void (await write('POST', '/api/v1/placements', { postingId: placeIn, candidateId: secondId })),
          (results) => !has(results, secondId),
        ),
      );
      onProgress(index + 1);
    }
  } finally {
    agent.destroy();
    readerAgent.destroy();
  }
  return { create: percentiles(created), update: percentiles(updated), placement: percentiles(placed), timedOut };
}
