import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import { HttpDrain, JOBBRO_RUNTIME, type JobbroRuntime } from '@jobbro/platform';

/** The channel the `intake_events` trigger notifies on (migration 1764460800000). */
export const INTAKE_CHANGES_CHANNEL = 'intake_changes';

/** What a subscriber is told: ids and the kind of change (an intake history entry's type), never personal data. */
export interface IntakeChange {
  intakeId: string;
  change: string;
}

export interface IntakeChangeSubscriber {
  send(change: IntakeChange): void;
  /** The process is shutting down: end the stream now. */
  end(): void;
}

/**
 * One LISTEN connection per API process (a plain pg Client beside the pool, opened on the first subscriber and
 * opened again by the next one after it dropped), fanned out in process to the subscribers of each jobcentre.
 * Changes made by another API process or by a worker arrive the same way, since PostgreSQL announces them at commit.
 */
@Injectable()
export class IntakeChangeHub implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(IntakeChangeHub.name);
  private readonly subscribers = new Map<string, Set<IntakeChangeSubscriber>>();
  private client: Client | null = null;
  private connecting: Promise<void> | null = null;
  private closed = false;

  constructor(
    @Inject(JOBBRO_RUNTIME) private readonly runtime: JobbroRuntime,
    private readonly drain: HttpDrain,
  ) {}

  onModuleInit(): void {
    // A stream never finishes by itself: end them all as soon as HTTP starts draining, so shutdown need not wait.
    this.drain.onDrain(() => this.endAll());
  }

  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    this.endAll();
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  /** Subscribes to one jobcentre's changes; resolves once this process is listening. Returns the unsubscribe. */
  async subscribe(jobcentreId: string, subscriber: IntakeChangeSubscriber): Promise<() => void> {
    if (this.closed) throw new Error('Shutting down');
    let set = this.subscribers.get(jobcentreId);
    if (!set) this.subscribers.set(jobcentreId, (set = new Set()));
    set.add(subscriber);
    const unsubscribe = () => {
      set.delete(subscriber);
      if (set.size === 0 && this.subscribers.get(jobcentreId) === set) this.subscribers.delete(jobcentreId);
    };
    try {
      await this.listen();
    } catch (error) {
      unsubscribe();
      throw error;
    }
    return unsubscribe;
  }

  /** How many streams this process serves, per jobcentre (for tests and logs). */
  get subscriberCount(): number {
    let count = 0;
    for (const set of this.subscribers.values()) count += set.size;
    return count;
  }

  private endAll(): void {
    for (const set of this.subscribers.values()) for (const subscriber of [...set]) subscriber.end();
    this.subscribers.clear();
  }

  private listen(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => (this.connecting = null));
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.runtime.databaseUrl, application_name: 'jobbro-live' });
    client.on('notification', (message) => this.dispatch(message.payload));
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('connection ended')));
    await client.connect();
    await client.query(`LISTEN ${INTAKE_CHANGES_CHANNEL}`);
    if (this.closed) {
      await client.end();
      return;
    }
    this.client = client;
  }

  /**
   * The LISTEN connection dropped: changes may have been missed, so every stream ends (clients reconnect, and refetch
   * what they show); the next subscriber opens a new connection.
   */
  private lost(client: Client, error: Error): void {
    if (this.client !== client || this.closed) return;
    this.client = null;
    client.end().catch(() => undefined);
    this.logger.warn(`The LISTEN connection for live intake changes was lost (${error.message}); streams restart`);
    this.endAll();
  }

  private dispatch(payload: string | undefined): void {
    let parsed: { jobcentreId?: unknown; intakeId?: unknown; change?: unknown };
    try {
      parsed = JSON.parse(payload ?? '');
    } catch {
      return;
    }
    const { jobcentreId, intakeId, change } = parsed;
    if (typeof jobcentreId !== 'string' || typeof intakeId !== 'string' || typeof change !== 'string') return;
    for (const subscriber of this.subscribers.get(jobcentreId) ?? []) subscriber.send({ intakeId, change });
  }
}
