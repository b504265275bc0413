import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { invalidField, TtlCache, type TenantContext } from '@jobbro/platform';
import type { PartnerResponse, PartnersDto } from './partners.dto';

const CACHE_MS = 5_000;

/** Cooperation between jobcentres: two that name each other see each other's open postings when matching. */
@Injectable()
export class PartnersService {
  private readonly visible = new TtlCache<string, ReadonlySet<string>>(CACHE_MS);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The jobcentre itself and every partner that names it back. */
  async postingJobcentres(jobcentreId: string): Promise<ReadonlySet<string>> {
    const found = await this.visible.getOrLoad(jobcentreId, async () => {
      const rows: { partner_id: string }[] = await this.dataSource.query(
        `SELECT mine.partner_id FROM jobcentre_partners mine
         JOIN jobcentre_partners theirs
           ON theirs.jobcentre_id = mine.partner_id AND theirs.partner_id = mine.jobcentre_id
         WHERE mine.jobcentre_id = $1`,
        [jobcentreId],
      );
      return new Set([jobcentreId, ...rows.map((row) => row.partner_id)]);
    });
    return found!;
  }

  async list(tenant: TenantContext): Promise<PartnerResponse[]> {
    const rows: { code: string; name: string; mutual: boolean }[] = await this.dataSource.query(
      `SELECT j.code, j.name, EXISTS (
         SELECT 1 FROM jobcentre_partners back
         WHERE back.jobcentre_id = p.partner_id AND back.partner_id = p.jobcentre_id
       ) AS mutual
       FROM jobcentre_partners p JOIN jobcentres j ON j.id = p.partner_id
       WHERE p.jobcentre_id = $1 ORDER BY j.name`,
      [tenant.jobcentreId],
    );
    return rows;
  }

  async replace(tenant: TenantContext, input: PartnersDto): Promise<PartnerResponse[]> {
    const codes = [...new Set(input.partnerCodes)];
    const found: { id: string; code: string }[] = await this.dataSource.query(
      'SELECT id, code FROM jobcentres WHERE code = ANY($1::text[])',
      [codes],
    );
    codes.forEach((code, index) => {
      const match = found.find((row) => row.code === code);
      if (!match) throw invalidField(`partnerCodes.${index}`, `there is no jobcentre with the code ${code}`);
      if (match.id === tenant.jobcentreId)
        throw invalidField(`partnerCodes.${index}`, 'a jobcentre cannot partner itself');
    });
    await this.dataSource.transaction(async (manager) => {
      await manager.query('DELETE FROM jobcentre_partners WHERE jobcentre_id = $1', [tenant.jobcentreId]);
      for (const row of found) {
        await manager.query(
          'INSERT INTO jobcentre_partners (jobcentre_id, partner_id, named_by_id) VALUES ($1, $2, $3)',
          [tenant.jobcentreId, row.id, tenant.actor?.id ?? null],
        );
      }
    });
    this.visible.delete(tenant.jobcentreId);
    for (const row of found) this.visible.delete(row.id);
    return this.list(tenant);
  }
}
