import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DataSource, type EntityManager } from 'typeorm';
import { hashPassword, UserAccount } from '@jobbro/access';
import {
  Candidate,
  CandidateConsultantChange,
  CandidateLadderStep,
  CandidateSkill,
  INITIAL_ASSIGNMENT,
  REGISTERED,
  type EducationLevel,
  type TargetGroup,
} from '@jobbro/candidates';
import { Company } from '@jobbro/companies';
import { DEMO_NETWORK_COMPANIES, seedCodeOfCare } from './demo-code-of-care';
import { DutyPeriod } from '@jobbro/duty-desk';
import { Jobcentre, StaffMember } from '@jobbro/jobcentres';
import { halfYearOf, ShortagePeriod } from '@jobbro/matching';
import { danishDate, JOBBRO_RUNTIME, type JobbroRuntime } from '@jobbro/platform';
import { Posting, type PostingKind, type PostingTargetGroup } from '@jobbro/postings';
import { DEMO_CANDIDATES, DEMO_JOBCENTRE_CONTACT, DEMO_PARTNER, DEMO_POSTINGS, DEMO_SKILLS } from './demo-data';

export const DEMO_JOBCENTRE_CODE = 'hedensted';

const DEMO_STAFF = [
  { name: 'Anna Mikkelsen', email: 'anna.mikkelsen@hedensted.dk', role: 'consultant' },
  { name: 'Bo Christensen', email: 'bo.christensen@hedensted.dk', role: 'consultant' },
  { name: 'Camilla Holm', email: 'camilla.holm@hedensted.dk', role: 'consultant' },
  { name: 'Dorte Lund', email: 'dorte.lund@hedensted.dk', role: 'lead' },
  { name: 'Erik Nørgaard', email: 'erik.noergaard@hedensted.dk', role: 'network-coordinator' },
  { name: 'Frida Vestergaard', email: 'frida.vestergaard@hedensted.dk', role: 'admin' },
] as const;

const DEMO_EMPLOYER = { name: 'Jens Juel', email: 'jens@juelsminde-byg.dk', companyCvrNumbers: ['10150817'] };

const DEMO_COMPANIES = [
  {
    cvrNumber: '29189609',
    name: 'Hedensted Kommune',
    postcode: '8722',
    city: 'Hedensted',
    sector: 'offentlig administration',
    sizeBand: 'large',
  },
  {
    cvrNumber: '10150817',
    name: 'Juelsminde Byg & Anlæg ApS',
    postcode: '7130',
    city: 'Juelsminde',
    sector: 'håndværk',
    sizeBand: 'small',
  },
  {
    cvrNumber: '29189684',
    name: 'Løsning Lager & Logistik A/S',
    postcode: '8723',
    city: 'Løsning',
    sector: 'lager og logistik',
    sizeBand: 'medium',
  },
] as const;

export interface DemoLogins {
  jobcentre: string;
  password: string;
  users: { name: string; email: string; role: string }[];
  /** Where the password is kept, to find it again after the banner has scrolled away. */
  passwordFile: string;
}

/**
 * Seeds the Hedensted demo jobcentre on first start: staff, a few companies, five candidates and four postings
 * (see demo-data.ts), and a duty roster that puts the three consultants on duty around the clock for the next 14
 * days, so a new intake always finds someone.
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
    const password = this.demoPassword();
    await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['demo-seed']);
      if (await manager.findOneBy(Jobcentre, { code: DEMO_JOBCENTRE_CODE })) return;
      const jobcentre = await manager.save(
        manager.create(Jobcentre, {
          code: DEMO_JOBCENTRE_CODE,
          name: 'Jobcenter Hedensted',
          ...DEMO_JOBCENTRE_CONTACT,
        }),
      );
      const staff = await manager.save(
        DEMO_STAFF.map((member) => manager.create(StaffMember, { ...member, jobcentreId: jobcentre.id })),
      );
      const passwordHash = await hashPassword(password);
      await manager.save([
        ...staff.map((member) =>
          manager.create(UserAccount, {
            jobcentreId: jobcentre.id,
            email: member.email,
            passwordHash,
            staffMemberId: member.id,
          }),
        ),
        manager.create(UserAccount, { ...DEMO_EMPLOYER, jobcentreId: jobcentre.id, passwordHash }),
      ]);
      const companies = await manager.save(
        [...DEMO_COMPANIES, ...DEMO_NETWORK_COMPANIES].map((company) =>
          manager.create(Company, { ...company, jobcentreId: jobcentre.id, contactPersons: [] }),
        ),
      );
      const consultants = staff.filter((member) => member.role === 'consultant');
      await this.seedCandidates(manager, jobcentre.id, consultants, now);
      await this.seedPostings(manager, jobcentre.id, companies, now);
      await this.seedPartner(manager, jobcentre.id, now);
      const day = 24 * 3600 * 1000;
      const start = new Date(now.getTime() - 3600 * 1000);
      await manager.save(
        consultants.map((consultant) =>
          manager.create(DutyPeriod, {
            jobcentreId: jobcentre.id,
            consultantId: consultant.id,
            startsAt: start,
            endsAt: new Date(start.getTime() + 14 * day),
          }),
        ),
      );
      await this.seedShortagePeriod(manager, jobcentre.id, now);
      await seedCodeOfCare(
        manager,
        jobcentre.id,
        (cvrNumber) => companies.find((company) => company.cvrNumber === cvrNumber)!.id,
        staff.find((member) => member.role === 'network-coordinator')!.id,
        danishDate(now),
      );
      this.logger.log({ jobcentre: DEMO_JOBCENTRE_CODE }, 'Seeded the demo jobcentre');
    });
    return {
      jobcentre: DEMO_JOBCENTRE_CODE,
      password,
      passwordFile: this.passwordFile(),
      users: [
        ...DEMO_STAFF.map((member) => ({ ...member })),
        { name: `${DEMO_EMPLOYER.name} (Juelsminde Byg & Anlæg ApS)`, email: DEMO_EMPLOYER.email, role: 'employer' },
      ],
    };
  }

  private async seedCandidates(
    manager: EntityManager,
    jobcentreId: string,
    consultants: StaffMember[],
    now: Date,
  ): Promise<void> {
    for (const demo of DEMO_CANDIDATES) {
      const consultantId = consultants[demo.consultant].id;
      const candidate = await manager.save(
        manager.create(Candidate, {
          jobcentreId,
          name: demo.name,
          birthDate: demo.birthDate,
          targetGroup: demo.targetGroup as TargetGroup,
          educationLevel: 'grundskole' as EducationLevel,
          ladderStep: demo.ladderStep,
          postcode: demo.postcode,
          travelReachKm: demo.travelReachKm,
          hoursPerWeek: demo.hoursPerWeek,
          desiredOccupations: demo.desiredOccupations,
          desiredSectors: demo.desiredSectors,
          willingToChangeSector: demo.willingToChangeSector,
          consultantId,
        }),
      );
      await manager.insert(
        CandidateSkill,
        demo.skills.map(([skill, level]) => ({
          jobcentreId,
          candidateId: candidate.id,
          skillUri: DEMO_SKILLS[skill],
          level,
        })),
      );
      await manager.insert(CandidateLadderStep, {
        jobcentreId,
        candidateId: candidate.id,
        step: demo.ladderStep,
        previousStep: null,
        reason: REGISTERED,
        changedAt: now,
      });
      await manager.insert(CandidateConsultantChange, {
        jobcentreId,
        candidateId: candidate.id,
        fromConsultantId: null,
        toConsultantId: consultantId,
        reason: INITIAL_ASSIGNMENT,
        changedAt: now,
      });
    }
  }

  /** The current half-year's shortage sectors: the jobcentres' strategy (håndværk, SOSU, lager og logistik). */
  private async seedShortagePeriod(manager: EntityManager, jobcentreId: string, now: Date) {
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(now);
    const half = halfYearOf(today);
    await manager.save(
      manager.create(ShortagePeriod, {
        jobcentreId,
        name: `Mangelområder ${half.year}, ${half.half}. halvår`,
        validFrom: half.validFrom,
        validTo: half.validTo,
        source: 'manual',
        rarArea: 'RAR Østjylland',
        sectors: ['handvaerk', 'social-sundhed', 'lager-logistik'].map((code) => ({ code, weight: 1 })),
        occupations: [],
        createdById: null,
      }),
    );
  }

  private async seedPostings(manager: EntityManager, jobcentreId: string, companies: Company[], now: Date) {
    const day = 24 * 3600 * 1000;
    await manager.save(
      DEMO_POSTINGS.map((demo) =>
        manager.create(Posting, {
          jobcentreId,
          companyId: companies.find((company) => company.cvrNumber === demo.companyCvr)!.id,
          kind: demo.kind as PostingKind,
          status: demo.status,
          title: demo.title,
          description: demo.description,
          occupationCode: demo.occupationCode,
          requiredSkills: demo.requiredSkills.map((skill) => DEMO_SKILLS[skill]),
          hoursPerWeek: demo.hoursPerWeek,
          workplacePostcode: demo.workplacePostcode,
          startDate: new Date(now.getTime() + demo.startsInDays * day).toISOString().slice(0, 10),
          positions: demo.positions,
          targetGroups: demo.targetGroups,
          educationName: demo.educationName ?? null,
          educationMonths: demo.educationMonths ?? null,
          targetGroup: (demo.targetGroup ?? null) as PostingTargetGroup | null,
          companyVisiblePublicly: demo.companyVisiblePublicly,
          createdByName: 'Demo',
          publishedAt: demo.status === 'open' ? now : null,
        }),
      ),
    );
  }

  /** Jobcenter Horsens with one open posting, and the two jobcentres naming each other as partners. */
  private async seedPartner(manager: EntityManager, jobcentreId: string, now: Date): Promise<void> {
    const existing = await manager.findOneBy(Jobcentre, { code: DEMO_PARTNER.jobcentre.code });
    const partner = existing ?? (await manager.save(manager.create(Jobcentre, { ...DEMO_PARTNER.jobcentre })));
    if (!existing) {
      const company = await manager.save(
        manager.create(Company, { ...DEMO_PARTNER.company, jobcentreId: partner.id, contactPersons: [] }),
      );
      const { posting } = DEMO_PARTNER;
      await manager.save(
        manager.create(Posting, {
          jobcentreId: partner.id,
          companyId: company.id,
          kind: posting.kind,
          status: 'open',
          title: posting.title,
          description: posting.description,
          occupationCode: posting.occupationCode,
          requiredSkills: posting.requiredSkills.map((skill) => DEMO_SKILLS[skill]),
          hoursPerWeek: posting.hoursPerWeek,
          workplacePostcode: posting.workplacePostcode,
          startDate: new Date(now.getTime() + posting.startsInDays * 24 * 3600 * 1000).toISOString().slice(0, 10),
          createdByName: 'Demo',
          publishedAt: now,
        }),
      );
    }
    await manager.query(
      `INSERT INTO jobcentre_partners (jobcentre_id, partner_id) VALUES ($1, $2), ($2, $1) ON CONFLICT DO NOTHING`,
      [jobcentreId, partner.id],
    );
  }

  /** One random password for the demo users, made on first start and kept with the data so it can be shown again. */
  private passwordFile(): string {
    return join(dirname(this.runtime.config.embeddedPostgres.dataDir), 'demo-password');
  }

  private demoPassword(): string {
    const file = this.passwordFile();
    if (existsSync(file)) return readFileSync(file, 'utf8').trim();
    mkdirSync(dirname(file), { recursive: true });
    const password = randomBytes(12).toString('base64url');
    writeFileSync(file, `${password}\n`, { mode: 0o600 });
    return password;
  }
}
