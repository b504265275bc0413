import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Jobcentre } from './jobcentre.entity';
import { StaffMember, type StaffRole } from './staff-member.entity';

@Injectable()
export class JobcentresService {
  constructor(
    @InjectRepository(Jobcentre) private readonly jobcentres: Repository<Jobcentre>,
    @InjectRepository(StaffMember) private readonly staff: Repository<StaffMember>,
  ) {}

  findByCode(code: string): Promise<Jobcentre | null> {
    return this.jobcentres.findOneBy({ code });
  }

  findStaffMember(jobcentreId: string, staffMemberId: string): Promise<StaffMember | null> {
    return this.staff.findOneBy({ jobcentreId, id: staffMemberId });
  }

  findStaffByEmail(jobcentreId: string, email: string): Promise<StaffMember | null> {
    return this.staff.findOneBy({ jobcentreId, email: email.toLowerCase() });
  }

  listStaff(jobcentreId: string, role?: StaffRole): Promise<StaffMember[]> {
    return this.staff.find({ where: { jobcentreId, active: true, ...(role ? { role } : {}) }, order: { name: 'ASC' } });
  }
}
