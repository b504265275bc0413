import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { TtlCache } from '@jobbro/platform';
import { Jobcentre } from './jobcentre.entity';
import type { StaffRole } from '@jobbro/platform';
import { StaffMember } from './staff-member.entity';

const JOBCENTRE_CACHE_MS = 60_000;
const STAFF_CACHE_MS = 30_000;

@Injectable()
export class JobcentresService {
  constructor(
    @InjectRepository(Jobcentre) private readonly jobcentres: Repository<Jobcentre>,
    @InjectRepository(StaffMember) private readonly staff: Repository<StaffMember>,
  ) {}

  // Every request resolves its jobcentre and acting staff member; both change rarely, so a short cache keeps
  // that lookup off the database. A deactivated staff member is refused within STAFF_CACHE_MS.
  private readonly byCode = new TtlCache<string, Jobcentre>(JOBCENTRE_CACHE_MS);
  private readonly staffByEmail = new TtlCache<string, StaffMember>(STAFF_CACHE_MS);

  findByCode(code: string): Promise<Jobcentre | null> {
    return this.byCode.getOrLoad(code, () => this.jobcentres.findOneBy({ code }));
  }

  findStaffMember(jobcentreId: string, staffMemberId: string): Promise<StaffMember | null> {
    return this.staff.findOneBy({ jobcentreId, id: staffMemberId });
  }

  findStaffByEmail(jobcentreId: string, email: string): Promise<StaffMember | null> {
    const normalized = email.toLowerCase();
    return this.staffByEmail.getOrLoad(`${jobcentreId}/${normalized}`, () => this.staff.findOneBy({ jobcentreId, email: normalized }));
  }

  listStaff(jobcentreId: string, role?: StaffRole): Promise<StaffMember[]> {
    return this.staff.find({ where: { jobcentreId, active: true, ...(role ? { role } : {}) }, order: { name: 'ASC' } });
  }
}
