import type { TaxonomyCatalogue } from '@jobbro/taxonomy';
import { POSTING_KIND_NAMES } from '../rules/posting-kinds';
import type { PostingFacts } from '../rules/posting-rules';
import type { PostingRulesSettings } from '../rules/posting-rules-settings';
import type { Posting } from './posting.entity';
import type { PostingResponse } from './posting.response';

/** A posting as the API answers it: codes with their labels, the sector and its shortage flag. */
export function toPostingView(
  posting: Posting,
  catalogue: TaxonomyCatalogue,
  settings: PostingRulesSettings,
): PostingResponse {
  const occupation = posting.occupationCode ? (catalogue.occupations.get(posting.occupationCode) ?? null) : null;
  const sector = occupation ? (catalogue.sectors.get(occupation.sectorCode) ?? null) : null;
  const skills = (uris: string[]) => uris.map((uri) => ({ uri, label: catalogue.skillLabel(uri) }));
  const { company, jobcentreId: _jobcentre, companyId, createdById: _by, occupationCode: _code, ...rest } = posting;
  return {
    ...rest,
    company: company
      ? { id: company.id, name: company.name, cvrNumber: company.cvrNumber }
      : { id: companyId, name: '', cvrNumber: '' },
    kindName: POSTING_KIND_NAMES[posting.kind],
    occupation: occupation ? { code: occupation.code, label: catalogue.occupationLabel(occupation.code) } : null,
    sector: sector ? { code: sector.code, label: catalogue.sectorLabel(sector.code) } : null,
    shortageSector: sector ? settings.shortageSectors.includes(sector.code) : false,
    requiredSkills: skills(posting.requiredSkills),
    desiredSkills: skills(posting.desiredSkills),
  };
}

export function factsOf(posting: Posting): PostingFacts {
  return {
    kind: posting.kind,
    title: posting.title,
    occupationCode: posting.occupationCode,
    hoursPerWeek: posting.hoursPerWeek,
    workplacePostcode: posting.workplacePostcode,
    startDate: posting.startDate,
    endDate: posting.endDate,
    durationWeeks: posting.durationWeeks,
    targetGroups: posting.targetGroups,
    targetGroup: posting.targetGroup,
    employerType: posting.employerType,
    educationName: posting.educationName,
    educationMonths: posting.educationMonths,
  };
}
