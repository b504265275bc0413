import { Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import { TenantData, TtlCache, type TenantContext } from '@jobbro/platform';
import { AuditLogService } from '@jobbro/privacy';
import { hashSecret, newSecret, secretMatches } from '../auth/secret-tokens';
import type { Principal } from '../guard/principal';
import { ApiKey } from './api-key.entity';

const KEY_PATTERN = /^jbk_([A-Za-z0-9_-]{8})_([A-Za-z0-9_-]{43})$/;
const KEY_CACHE_MS = 5_000;
export const API_KEY_RECORD_TYPE = 'api-key';
const LAST_USED_RESOLUTION_MS = 60_000;

export interface ApiKeyView {
  id: string;
  name: string;
  keyPrefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const toView = ({ id, name, keyPrefix, createdAt, lastUsedAt, revokedAt }: ApiKey): ApiKeyView => ({
  id,
  name,
  keyPrefix,
  createdAt,
  lastUsedAt,
  revokedAt,
});

/** Keys for system integrations (a web form, a case system) that create and read intakes for one jobcentre. */
@Injectable()
export class ApiKeysService {
  private readonly logger = new Logger(ApiKeysService.name);
  private readonly byPrefix = new TtlCache<string, ApiKey>(KEY_CACHE_MS);
  private readonly lastUseRecorded = new Map<string, number>();

  constructor(
    private readonly data: TenantData,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLogService,
  ) {}

  /** Creates a key; the returned `key` is the only time the secret is ever shown. */
  async create(tenant: TenantContext, name: string, endpoint: string): Promise<ApiKeyView & { key: string }> {
    const keyPrefix = randomBytes(6).toString('base64url');
    const secret = newSecret();
    const saved = await this.data.for(tenant).transaction(async (scope) => {
      const key = await scope.save(
        ApiKey,
        scope.create(ApiKey, { name, keyPrefix, keyHash: hashSecret(secret), createdById: tenant.actor?.id ?? null }),
      );
      const detail = `created: ${keyPrefix}`;
      await this.audit.record(
        tenant,
        { action: 'create', recordType: API_KEY_RECORD_TYPE, recordIds: [key.id], endpoint, detail },
        scope,
      );
      return key;
    });
    return { ...toView(saved), key: `jbk_${keyPrefix}_${secret}` };
  }

  async list(tenant: TenantContext): Promise<ApiKeyView[]> {
    return (await this.data.for(tenant).find(ApiKey, { order: { createdAt: 'DESC' } })).map(toView);
  }

  /** Revokes a key at once; answers 404 for keys of other jobcentres, like for keys that never existed. */
  async revoke(tenant: TenantContext, id: string, endpoint: string): Promise<void> {
    const key = await this.data.for(tenant).transaction(async (scope) => {
      const found = await scope.getOne(ApiKey, { where: { id } }, `No API key with id ${id}`);
      if (await scope.update(ApiKey, { id, revokedAt: IsNull() }, { revokedAt: new Date() })) {
        const detail = `revoked: ${found.keyPrefix}`;
        await this.audit.record(
          tenant,
          { action: 'delete', recordType: API_KEY_RECORD_TYPE, recordIds: [id], endpoint, detail },
          scope,
        );
      }
      return found;
    });
    this.byPrefix.delete(key.keyPrefix);
  }

  /** The integration behind a key, or 401. */
  async authenticate(presented: string): Promise<Principal> {
    const match = KEY_PATTERN.exec(presented);
    const key = match
      ? await this.byPrefix.getOrLoad(match[1], () =>
          this.dataSource.manager.findOne(ApiKey, {
            where: { keyPrefix: match[1], revokedAt: IsNull() },
            select: { id: true, jobcentreId: true, name: true, keyPrefix: true, keyHash: true },
          }),
        )
      : null;
    if (!key || !secretMatches(match![2], key.keyHash)) throw new UnauthorizedException('The API key is not valid');
    this.recordUse(key.id);
    return {
      jobcentreId: key.jobcentreId,
      role: 'integration',
      actor: { id: key.id, name: `Integration: ${key.name}`, role: 'integration' },
      companyCvrNumbers: [],
      sessionId: null,
      accountId: key.id,
    };
  }

  /** Keeps `lastUsedAt` to the minute without a write on every call. */
  private recordUse(id: string): void {
    const now = Date.now();
    if ((this.lastUseRecorded.get(id) ?? 0) > now - LAST_USED_RESOLUTION_MS) return;
    this.lastUseRecorded.set(id, now);
    this.dataSource.manager.update(ApiKey, { id }, { lastUsedAt: new Date(now) }).catch((error: unknown) => {
      this.logger.warn({ err: error, apiKeyId: id }, 'Could not record API key use');
    });
  }
}
