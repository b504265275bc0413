import type { TaxonomyCatalogue } from '@jobbro/taxonomy';
import type { Posting } from '../postings/posting.entity';
import { POSTING_KIND_NAMES } from '../rules/posting-kinds';
import type { PublicPostingResponse } from './public-posting.response';

/**
 * An open posting for the public: only the fields listed here, so a column added to postings later never leaks.
 * The company is named only where it agreed; otherwise by its workplace's town.
 */
export function toPublicPostingView(
  posting: Posting,
  catalogue: TaxonomyCatalogue,
  town: string | null,
): PublicPostingResponse {
  const occupation = posting.occupationCode ? (catalogue.occupations.get(posting.occupationCode) ?? null) : null;
  const sector = occupation ? (catalogue.sectors.get(occupation.sectorCode) ?? null) : null;
  const companyName = posting.companyVisiblePublicly ? (posting.company?.name ?? null) : null;
  return {
    id: posting.id,
    referenceNumber: posting.referenceNumber,
    kind: posting.kind,
    kindName: POSTING_KIND_NAMES[posting.kind],
    title: posting.title,
    description: posting.description,
    companyName,
    employerLabel: companyName ?? (town ? `En virksomhed i ${town}` : 'En virksomhed'),
    occupation: occupation ? { code: occupation.code, label: catalogue.occupationLabel(occupation.code) } : null,
    sector: sector ? { code: sector.code, label: catalogue.sectorLabel(sector.code) } : null,
    requiredSkills: posting.requiredSkills.map((uri) => ({ uri, label: catalogue.skillLabel(uri) })),
    hoursPerWeek: posting.hoursPerWeek,
    place: posting.workplacePostcode && town ? { postcode: posting.workplacePostcode, town } : null,
    startDate: posting.startDate,
    endDate: posting.endDate,
    durationWeeks: posting.durationWeeks,
    openPositions: Math.max(0, posting.positions - posting.positionsFilled),
    educationName: posting.educationName,
    educationMonths: posting.educationMonths,
    publishedAt: posting.publishedAt!,
  };
}
