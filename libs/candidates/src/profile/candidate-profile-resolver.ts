import { BadRequestException, Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { StaffMember } from '@jobbro/jobcentres';
import { invalidFields, type FieldError, type TenantScope } from '@jobbro/platform';
import { PostcodesService, TaxonomyService } from '@jobbro/taxonomy';
import type { Candidate } from '../candidate.entity';
import type { CreateCandidateDto, UpdateCandidateDto } from '../dto/candidate.dto';

/** Staff who can be responsible for a candidate. */
export const RESPONSIBLE_ROLES = ['consultant', 'lead'] as const;

/** What the checks that need the database ask; the API asks per request, an import answers from what it loaded. */
export interface ProfileLookups {
  postcodeExists(code: string): Promise<boolean>;
  /** True for an active consultant or lead of the scope's jobcentre. */
  canBeResponsible(staffId: string): Promise<boolean>;
}

export interface ResolvedSkill {
  skillUri: string;
  level: number;
}

/** A candidate input with every code resolved: the columns it sets, and the skills when it gives them. */
export interface ResolvedProfile {
  columns: Partial<Candidate>;
  skills?: ResolvedSkill[];
}

const COLUMNS = [
  'name',
  'email',
  'phone',
  'externalId',
  'birthDate',
  'targetGroup',
  'educationLevel',
  'education',
  'postcode',
  'travelReachKm',
  'willingToChangeSector',
  'hoursPerWeek',
  'ladderStep',
  'accommodations',
  'consultantId',
  'notes',
] as const;

function fieldErrorsOf(error: unknown): FieldError[] {
  if (!(error instanceof BadRequestException)) throw error;
  const errors = (error.getResponse() as { errors?: FieldError[] }).errors;
  if (!Array.isArray(errors)) throw error;
  return errors;
}

/**
 * The rules a candidate's profile must meet beyond its DTO: skills, occupations and sectors normalised to codes (or
 * refused with suggestions), a postcode that exists, a responsible consultant of the same jobcentre. The API and the
 * CSV import both go through here, so a row is refused for exactly what a request would be.
 */
@Injectable()
export class CandidateProfileResolver {
  constructor(
    private readonly taxonomy: TaxonomyService,
    private readonly postcodes: PostcodesService,
  ) {}

  /** Lookups for one request: each question is one query (PostcodesService caches postcodes: reference data). */
  lookupsFor(scope: TenantScope): ProfileLookups {
    return {
      postcodeExists: (code) => this.postcodeExists(code),
      canBeResponsible: (staffId) =>
        scope.exists(StaffMember, { id: staffId, role: In([...RESPONSIBLE_ROLES]), active: true }),
    };
  }

  /** Lookups for a batch import: the jobcentre's consultants loaded once. */
  async batchLookups(scope: TenantScope): Promise<ProfileLookups> {
    const staff = await scope.find(StaffMember, {
      where: { role: In([...RESPONSIBLE_ROLES]), active: true },
      select: { id: true },
    });
    const ids = new Set(staff.map((member) => member.id));
    return {
      postcodeExists: (code) => this.postcodeExists(code),
      canBeResponsible: async (staffId) => ids.has(staffId),
    };
  }

  async resolve(input: CreateCandidateDto | UpdateCandidateDto, lookups: ProfileLookups): Promise<ResolvedProfile> {
    const errors: FieldError[] = [];
    const columns: Partial<Candidate> = {};
    for (const column of COLUMNS) {
      const value = input[column];
      if (value !== undefined) Object.assign(columns, { [column]: value });
    }
    let skills: ResolvedSkill[] | undefined;
    if (input.skills) {
      // One entry at a time, so each skill keeps its own level; a skill named twice keeps the higher one.
      const levels = new Map<string, number>();
      for (const [index, entry] of input.skills.entries()) {
        try {
          const [skill] = await this.taxonomy.resolveSkills(`skills.${index}`, [entry.skill]);
          levels.set(skill.uri, Math.max(levels.get(skill.uri) ?? 0, entry.level));
        } catch (error) {
          // The taxonomy names the text "skills.<index>.0": here it is the entry's "skill" field.
          errors.push(...fieldErrorsOf(error).map((each) => ({ ...each, field: `skills.${index}.skill` })));
        }
      }
      skills = [...levels].map(([skillUri, level]) => ({ skillUri, level }));
    }
    if (input.desiredOccupations) {
      const codes: string[] = [];
      for (const [index, text] of input.desiredOccupations.entries()) {
        try {
          codes.push((await this.taxonomy.resolveOccupation(`desiredOccupations.${index}`, text)).code);
        } catch (error) {
          errors.push(...fieldErrorsOf(error));
        }
      }
      columns.desiredOccupations = [...new Set(codes)];
    }
    if (input.desiredSectors) {
      try {
        columns.desiredSectors = (await this.taxonomy.resolveSectors('desiredSectors', input.desiredSectors)).map(
          (sector) => sector.code,
        );
      } catch (error) {
        errors.push(...fieldErrorsOf(error));
      }
    }
    if (input.postcode && !(await lookups.postcodeExists(input.postcode)))
      errors.push({ field: 'postcode', messages: [`postcode ${input.postcode} is not a Danish postcode`] });
    if (input.consultantId && !(await lookups.canBeResponsible(input.consultantId)))
      errors.push({
        field: 'consultantId',
        messages: ['consultantId must be the id of a consultant or lead of your jobcentre'],
      });
    if (errors.length > 0) throw invalidFields(errors);
    return { columns, skills };
  }

  private async postcodeExists(code: string): Promise<boolean> {
    return (await this.postcodes.find(code)) !== null;
  }
}
