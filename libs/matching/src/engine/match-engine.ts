import {
  Inject,
  Injectable,
  Logger,
  ServiceUnavailableException,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { JOBBRO_RUNTIME, type JobbroRuntime } from '@jobbro/platform';
import { TaxonomyService } from '@jobbro/taxonomy';
import type { PostingFacts } from '../scoring/match-facts';
import { CandidateStore } from './candidate-store';
import { MatchDictionary } from './match-dictionary';
import {
  candidateCounts,
  loadCandidatesByPlace,
  loadCandidatesById,
  loadEssentialRows,
  loadPostings,
  loadSkillUris,
} from './match-rows';
import { postingCodes, type PostingCodes } from './prepared-posting';

/** The channel the `notify_match_change` trigger announces changes on (migration 1764892800000). */
export const MATCH_CHANGES_CHANNEL = 'match_changes';
const PAGE_SIZE = 10_000;
/** Jobcentres with at least this many candidates are loaded at start; the others on their first match. */
const EAGER_LOAD_FROM = 1_000;
/** Changes are gathered this long, so a burst (an import) is read back in a few queries, not one per row. */
const GATHER_MS = 15;
const RECONNECT_MS = 1_000;
/** How long a request waits for its jobcentre's index to load before it is told to come back. */
const READY_WAIT_MS = 60_000;

/**
 * The in-memory match index of one API process: every jobcentre's candidates (CandidateStore) and every open
 * posting, loaded at start and kept current through PostgreSQL's LISTEN/NOTIFY, which announces each committed change
 * of a candidate, its skills, a placement or a posting. Listening starts before loading, so nothing committed in
 * between is missed; if the connection drops, it reconnects and reloads everything.
 */
@Injectable()
export class MatchEngine implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MatchEngine.name);
  private dictionaryPromise: Promise<MatchDictionary> | null = null;
  private readonly stores = new Map<string, Promise<CandidateStore>>();
  /** The stores loaded so far: changes go to these, also while a newer one loads. */
  private readonly current = new Map<string, CandidateStore>();
  private readonly loading = new Set<string>();
  private postings = new Map<string, PostingCodes>();
  private postingsReady: Promise<void> | null = null;
  private readonly pendingCandidates = new Set<string>();
  private readonly pendingPostings = new Set<string>();
  private flushTimer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();
  private client: Client | null = null;
  private closed = false;
  /** Listeners for tests and benchmarks: called after each batch of changes is applied. */
  private readonly appliedListeners = new Set<() => void>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
    @Inject(JOBBRO_RUNTIME) private readonly runtime: JobbroRuntime,
  ) {}

  onApplicationBootstrap(): void {
    // Loading runs behind the start: requests wait for their jobcentre (READY_WAIT_MS), health does not.
    this.start().catch((error: Error) => this.logger.error(`The match index did not load: ${error.message}`));
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    if (this.flushTimer) clearTimeout(this.flushTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  /** Resolves when the large jobcentres' candidates and all open postings are loaded (benchmarks wait for it). */
  async whenLoaded(): Promise<void> {
    await this.start();
  }

  dictionary(): Promise<MatchDictionary> {
    this.dictionaryPromise ??= (async () => {
      const [catalogue, skillUris, essential] = await Promise.all([
        this.taxonomy.catalogue(),
        loadSkillUris(this.dataSource),
        loadEssentialRows(this.dataSource),
      ]);
      return new MatchDictionary(skillUris, catalogue, essential);
    })();
    return this.dictionaryPromise;
  }

  /** The jobcentre's candidates, loading them on first use; a request waits at most READY_WAIT_MS. */
  async store(jobcentreId: string): Promise<CandidateStore> {
    const store = this.storePromise(jobcentreId);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new ServiceUnavailableException('Matching is still loading its index; try again in a minute')),
        READY_WAIT_MS,
      );
    });
    try {
      return await Promise.race([store, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  private storePromise(jobcentreId: string): Promise<CandidateStore> {
    let store = this.stores.get(jobcentreId);
    if (!store) {
      const loading = this.loadStore(jobcentreId);
      // A load that failed is tried again by the next request, not remembered.
      loading.catch(() => {
        if (this.stores.get(jobcentreId) === loading) this.stores.delete(jobcentreId);
      });
      this.stores.set(jobcentreId, (store = loading));
    }
    return store;
  }

  /** The open postings of the jobcentres named, with their codes. */
  async openPostings(jobcentreIds: ReadonlySet<string>): Promise<PostingCodes[]> {
    await this.loadPostingsOnce();
    const found: PostingCodes[] = [];
    for (const codes of this.postings.values()) if (jobcentreIds.has(codes.facts.jobcentreId)) found.push(codes);
    return found;
  }

  /** Codes for a posting read straight from the database (e.g. a draft, which the index does not hold). */
  async codesOf(facts: PostingFacts): Promise<PostingCodes> {
    return postingCodes(facts, await this.dictionary());
  }

  /** Calls `listener` after each batch of changes is applied; returns the unsubscribe. */
  onApplied(listener: () => void): () => void {
    this.appliedListeners.add(listener);
    return () => this.appliedListeners.delete(listener);
  }

  private startPromise: Promise<void> | null = null;

  private start(): Promise<void> {
    this.startPromise ??= (async () => {
      await this.listen();
      await this.dictionary();
      await this.loadPostingsOnce();
      // Large jobcentres load now, so their first match is not kept waiting; small ones load on first use, quickly.
      const large: { id: string }[] = await this.dataSource.query(
        'SELECT jobcentre_id AS id FROM candidates GROUP BY jobcentre_id HAVING count(*) >= $1',
        [EAGER_LOAD_FROM],
      );
      // Without the requests' time limit: a large jobcentre may take minutes, and start-up waits for it.
      for (const { id } of large) await this.storePromise(id);
    })();
    return this.startPromise;
  }

  private loadPostingsOnce(): Promise<void> {
    this.postingsReady ??= (async () => {
      const dictionary = await this.dictionary();
      const open = await loadPostings(this.dataSource, { open: true });
      this.postings = new Map(open.map((facts) => [facts.id, postingCodes(facts, dictionary)]));
    })();
    return this.postingsReady;
  }

  private async loadStore(jobcentreId: string): Promise<CandidateStore> {
    this.loading.add(jobcentreId);
    try {
      const started = Date.now();
      const store = new CandidateStore(await this.dictionary());
      const { candidates, skillsPerOrdinal } = await candidateCounts(this.dataSource, jobcentreId);
      // Sized a little above the count, for the candidates added while it loads.
      store.reserve(Math.ceil(candidates * 1.01) + 16, skillsPerOrdinal);
      await loadCandidatesByPlace(this.dataSource, jobcentreId, PAGE_SIZE, (page) => {
        for (const row of page) store.upsert(row);
      });
      store.trim();
      if (store.liveCount > 10_000) {
        this.logger.log(`Match index: ${store.liveCount} candidates of ${jobcentreId} in ${Date.now() - started} ms`);
      }
      this.current.set(jobcentreId, store);
      this.stores.set(jobcentreId, Promise.resolve(store));
      return store;
    } finally {
      this.loading.delete(jobcentreId);
      this.scheduleFlush();
    }
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.runtime.databaseUrl, application_name: 'jobbro-match-index' });
    client.on('notification', (message) => this.received(message.payload));
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('connection ended')));
    await client.connect();
    await client.query(`LISTEN ${MATCH_CHANGES_CHANNEL}`);
    if (this.closed) await client.end();
    else this.client = client;
  }

  /** Changes may have been missed while disconnected: listen again, then reload everything. */
  private lost(client: Client, error: Error): void {
    if (this.client !== client || this.closed) return;
    this.client = null;
    client.end().catch(() => undefined);
    this.logger.warn(`The match index lost its LISTEN connection (${error.message}); reloading`);
    const retry = () => {
      if (this.closed) return;
      this.listen()
        .then(() => this.reloadAll())
        .catch(() => setTimeout(retry, RECONNECT_MS));
    };
    setTimeout(retry, RECONNECT_MS);
  }

  private async reloadAll(): Promise<void> {
    this.postingsReady = null;
    await this.loadPostingsOnce();
    for (const jobcentreId of [...this.stores.keys()]) await this.loadStore(jobcentreId);
  }

  private received(payload: string | undefined): void {
    let change: { kind?: unknown; id?: unknown };
    try {
      change = JSON.parse(payload ?? '');
    } catch {
      return;
    }
    if (typeof change.id !== 'string') return;
    if (change.kind === 'posting') this.pendingPostings.add(change.id);
    else this.pendingCandidates.add(change.id);
    this.scheduleFlush();
  }

  private scheduleFlush(): void {
    if (this.flushTimer || this.closed) return;
    if (this.pendingCandidates.size === 0 && this.pendingPostings.size === 0) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = null;
      this.flushing = this.flushing
        .then(() => this.flush())
        .catch((error: Error) => {
          this.logger.warn(`Match index changes not applied (${error.message}); retrying`);
          setTimeout(() => this.scheduleFlush(), RECONNECT_MS);
        });
    }, GATHER_MS);
  }

  private async flush(): Promise<void> {
    const postingIds = [...this.pendingPostings];
    this.pendingPostings.clear();
    if (postingIds.length > 0 && this.postingsReady) {
      await this.postingsReady;
      const dictionary = await this.dictionary();
      const rows = await loadPostings(this.dataSource, { ids: postingIds });
      for (const id of postingIds) this.postings.delete(id);
      for (const row of rows) if (row.status === 'open') this.postings.set(row.id, postingCodes(row, dictionary));
    }
    // Candidates of a jobcentre still loading wait until it has loaded: the load may have read them before the change.
    const candidateIds = [...this.pendingCandidates];
    this.pendingCandidates.clear();
    const deferred: string[] = [];
    for (let at = 0; at < candidateIds.length; at += 5_000) {
      const batch = candidateIds.slice(at, at + 5_000);
      const rows = await loadCandidatesById(this.dataSource, batch);
      const found = new Set(rows.map((row) => row.id));
      for (const row of rows) {
        this.current.get(row.jobcentreId)?.upsert(row);
        if (this.loading.has(row.jobcentreId)) deferred.push(row.id);
      }
      for (const id of batch) {
        if (found.has(id)) continue;
        for (const store of this.current.values()) store.remove(id);
        if (this.loading.size > 0) deferred.push(id);
      }
    }
    for (const id of deferred) this.pendingCandidates.add(id);
    this.compactWhereDue();
    for (const listener of this.appliedListeners) listener();
  }

  /** A store whose dead slots (left by changes) have grown large is loaded afresh; the old one serves meanwhile. */
  private compactWhereDue(): void {
    for (const [jobcentreId, store] of this.current) {
      if (!store.compactionDue || this.loading.has(jobcentreId)) continue;
      this.loadStore(jobcentreId).catch((error: Error) =>
        this.logger.warn(`The match index of ${jobcentreId} was not compacted (${error.message})`),
      );
    }
  }
}
