import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Company } from '@jobbro/companies';
import { DutyPeriod } from '@jobbro/duty-desk';
import { Jobcentre, StaffMember } from '@jobbro/jobcentres';
import { JOBBRO_RUNTIME, type JobbroRuntime } from '@jobbro/platform';

export const DEMO_JOBCENTRE_CODE = 'hedensted';

const DEMO_STAFF = [
  { name: 'Anna Mikkelsen', email: 'anna.mikkelsen@hedensted.dk', role: 'consultant' },
  { name: 'Bo Christensen', email: 'bo.christensen@hedensted.dk', role: 'consultant' },
  { name: 'Camilla Holm', email: 'camilla.holm@hedensted.dk', role: 'consultant' },
  { name: 'Dorte Lund', email: 'dorte.lund@hedensted.dk', role: 'lead' },
  { name: 'Erik Nørgaard', email: 'erik.noergaard@hedensted.dk', role: 'network-coordinator' },
] as const;

const DEMO_COMPANIES = [
  { cvrNumber: '29189609', name: 'Hedensted Kommune', postcode: '8722', city: 'Hedensted', sector: 'offentlig administration', sizeBand: 'large' },
  { cvrNumber: '10150817', name: 'Juelsminde Byg & Anlæg ApS', postcode: '7130', city: 'Juelsminde', sector: 'håndværk', sizeBand: 'small' },
  { cvrNumber: '29189684', name: 'Løsning Lager & Logistik A/S', postcode: '8723', city: 'Løsning', sector: 'lager og logistik', sizeBand: 'medium' },
] as const;

export interface DemoLogins {
  jobcentre: string;
  staff: { name: string; email: string; role: string }[];
}

/**
 * Seeds the Hedensted demo jobcentre on first start: staff, a few companies, and a duty roster that puts the
 * three consultants on duty around the clock for the next 14 days, so a new intake always finds someone.
 */
@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(JOBBRO_RUNTIME) private readonly runtime: JobbroRuntime,
  ) {}

  shouldSeed(): boolean {
    const { demoSeed } = this.runtime.config;
    return demoSeed === 'always' || (demoSeed === 'auto' && this.runtime.embeddedDatabase);
  }

  /** Seeds once; later starts find the jobcentre and change nothing. */
  async seed(now = new Date()): Promise<DemoLogins> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['demo-seed']);
      if (await manager.findOneBy(Jobcentre, { code: DEMO_JOBCENTRE_CODE })) return;
      const jobcentre = await manager.save(manager.create(Jobcentre, { code: DEMO_JOBCENTRE_CODE, name: 'Jobcenter Hedensted' }));
      const staff = await manager.save(DEMO_STAFF.map((member) => manager.create(StaffMember, { ...member, jobcentreId: jobcentre.id })));
      await manager.save(DEMO_COMPANIES.map((company) => manager.create(Company, { ...company, jobcentreId: jobcentre.id, contactPersons: [] })));
      const consultants = staff.filter((member) => member.role === 'consultant');
      const day = 24 * 3600 * 1000;
      const start = new Date(now.getTime() - 3600 * 1000);
      await manager.save(
        consultants.map((consultant) =>
          manager.create(DutyPeriod, { jobcentreId: jobcentre.id, consultantId: consultant.id, startsAt: start, endsAt: new Date(start.getTime() + 14 * day) }),
        ),
      );
      this.logger.log({ jobcentre: DEMO_JOBCENTRE_CODE }, 'Seeded the demo jobcentre');
    });
    return { jobcentre: DEMO_JOBCENTRE_CODE, staff: DEMO_STAFF.map((member) => ({ ...member })) };
  }
}
