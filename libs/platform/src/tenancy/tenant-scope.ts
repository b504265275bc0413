import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DataSource,
  type DeepPartial,
  type EntityManager,
  type EntityTarget,
  type FindManyOptions,
  type FindOneOptions,
  type FindOptionsWhere,
  type SelectQueryBuilder,
} from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/** A row that belongs to one jobcentre. */
export interface TenantOwned {
  jobcentreId: string;
}

type Where<E> = FindOptionsWhere<E> | FindOptionsWhere<E>[];
type WithoutTenant<E> = Omit<DeepPartial<E>, 'jobcentreId'>;

/**
 * The only way domain services reach their tables: every read, write and lock goes through a scope that adds the
 * caller's jobcentre to it. A record of another jobcentre is simply not there, so it answers exactly like a record
 * that does not exist. (An architecture test keeps domain code from injecting a DataSource or a repository.)
 */
export class TenantScope {
  constructor(
    readonly jobcentreId: string,
    /**
     * The transaction (or plain manager) the scope runs in, for code of another library that takes an EntityManager
     * and must work in the same transaction: the notification outbox (`notifyWithin` hands it over and checks that
     * every draft carries this jobcentre) and the monthly figures (libs/reports). It adds no jobcentre of its own:
     * whatever goes through it must filter on and write `jobcentreId` itself.
     */
    readonly manager: EntityManager,
  ) {}

  find<E extends TenantOwned>(entity: EntityTarget<E>, options: FindManyOptions<E> = {}): Promise<E[]> {
    return this.manager.find(entity, { ...options, where: this.own(options.where as Where<E> | undefined) });
  }

  findAndCount<E extends TenantOwned>(
    entity: EntityTarget<E>,
    options: FindManyOptions<E> = {},
  ): Promise<[E[], number]> {
    return this.manager.findAndCount(entity, { ...options, where: this.own(options.where as Where<E> | undefined) });
  }

  findOne<E extends TenantOwned>(entity: EntityTarget<E>, options: FindOneOptions<E>): Promise<E | null> {
    return this.manager.findOne(entity, { ...options, where: this.own(options.where as Where<E> | undefined) });
  }

  findOneBy<E extends TenantOwned>(entity: EntityTarget<E>, where: Where<E>): Promise<E | null> {
    return this.manager.findOneBy(entity, this.own(where));
  }

  /** Like findOne, but a missing record (here or in another jobcentre) is a 404 with `notFound` as its message. */
  async getOne<E extends TenantOwned>(
    entity: EntityTarget<E>,
    options: FindOneOptions<E>,
    notFound: string,
  ): Promise<E> {
    const found = await this.findOne(entity, options);
    if (!found) throw new NotFoundException(notFound);
    return found;
  }

  exists<E extends TenantOwned>(entity: EntityTarget<E>, where: Where<E>): Promise<boolean> {
    return this.manager.existsBy(entity, this.own(where));
  }

  create<E extends TenantOwned>(entity: EntityTarget<E>, values: WithoutTenant<E>): E {
    return this.manager.create(entity, { ...values, jobcentreId: this.jobcentreId } as DeepPartial<E>);
  }

  save<E extends TenantOwned>(entity: EntityTarget<E>, value: E): Promise<E> {
    return this.manager.save(entity, { ...value, jobcentreId: this.jobcentreId });
  }

  /** Inserts rows into this jobcentre; with `ignoreConflicts`, rows a unique index already holds are skipped. */
  async insert<E extends TenantOwned>(
    entity: EntityTarget<E>,
    values: WithoutTenant<E> | WithoutTenant<E>[],
    options: { ignoreConflicts?: boolean } = {},
  ): Promise<void> {
    const rows = (Array.isArray(values) ? values : [values]).map((value) => ({
      ...value,
      jobcentreId: this.jobcentreId,
    })) as QueryDeepPartialEntity<E>[];
    if (rows.length === 0) return;
    const insert = this.manager.createQueryBuilder().insert().into(entity).values(rows);
    await (options.ignoreConflicts ? insert.orIgnore() : insert).execute();
  }

  /** Inserts the row, or updates the one this jobcentre already has with the same `conflictPaths`. */
  async upsert<E extends TenantOwned>(
    entity: EntityTarget<E>,
    value: WithoutTenant<E>,
    conflictPaths: (keyof E & string)[],
  ): Promise<void> {
    await this.manager.upsert(
      entity,
      { ...value, jobcentreId: this.jobcentreId } as QueryDeepPartialEntity<E>,
      conflictPaths,
    );
  }

  /** Updates this jobcentre's matching rows; returns how many. The jobcentre itself can never be changed. */
  async update<E extends TenantOwned>(
    entity: EntityTarget<E>,
    where: FindOptionsWhere<E>,
    patch: Omit<QueryDeepPartialEntity<E>, 'jobcentreId'>,
  ): Promise<number> {
    const result = await this.manager.update(entity, this.own(where), patch as QueryDeepPartialEntity<E>);
    return result.affected ?? 0;
  }

  /** Deletes this jobcentre's matching rows; returns how many. */
  async delete<E extends TenantOwned>(entity: EntityTarget<E>, where: FindOptionsWhere<E>): Promise<number> {
    const result = await this.manager.delete(entity, this.own(where));
    return result.affected ?? 0;
  }

  /**
   * A query builder over this jobcentre's rows of `entity`. Its `where` only ever narrows (it adds to the tenant
   * condition instead of replacing it); joined entities must be matched on the same jobcentre by the caller.
   */
  select<E extends TenantOwned>(entity: EntityTarget<E>, alias: string): SelectQueryBuilder<E> {
    const builder = this.manager
      .createQueryBuilder(entity, alias)
      .where(`${alias}.jobcentreId = :scopeJobcentreId`, { scopeJobcentreId: this.jobcentreId });
    builder.where = builder.andWhere.bind(builder);
    return builder;
  }

  /** Raw SQL for what the builder cannot say; `$1` is always the jobcentre, and the statement must use it. */
  query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    if (!/\$1(?!\d)/.test(sql)) throw new Error('A tenant-scoped statement must filter on its jobcentre ($1)');
    return this.manager.query(sql, [this.jobcentreId, ...params]);
  }

  /** A transaction-scoped lock on a name within this jobcentre, held until commit. */
  async lock(name: string): Promise<void> {
    await this.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${this.jobcentreId}:${name}`]);
  }

  transaction<T>(work: (scope: TenantScope) => Promise<T>): Promise<T> {
    return this.manager.transaction((manager) => work(new TenantScope(this.jobcentreId, manager)));
  }

  private own<E extends TenantOwned>(where: Where<E> | undefined): Where<E> {
    const tenant = { jobcentreId: this.jobcentreId } as FindOptionsWhere<E>;
    if (!where) return tenant;
    return Array.isArray(where) ? where.map((each) => ({ ...each, ...tenant })) : { ...where, ...tenant };
  }
}

/** Hands out tenant scopes; the one provider domain code injects for database access. */
@Injectable()
export class TenantData {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  for(tenant: { jobcentreId: string }): TenantScope {
    return new TenantScope(tenant.jobcentreId, this.dataSource.manager);
  }
}
