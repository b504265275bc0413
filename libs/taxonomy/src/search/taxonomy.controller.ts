import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, PublicRateLimited, ROLES, invalidField } from '@jobbro/platform';
import { OCCUPATION_CODE } from '../catalogue/taxonomy-catalogue';
import { TaxonomyService } from '../taxonomy.service';
import { LanguageQuery, TaxonomySearchQuery } from './dto/taxonomy.query';
import {
  OccupationResponse,
  OccupationSearchResponse,
  SectorListResponse,
  SkillSearchResponse,
} from './dto/taxonomy.response';

const codeParam = (value: string): string => {
  if (!OCCUPATION_CODE.test(value)) throw invalidField('code', 'code must be an ESCO occupation code, e.g. 8344.1');
  return value;
};

/** ESCO and the sectors: reference data, the same for every jobcentre, so anyone signed in may read it. */
@ApiTags('reference data')
@Controller('taxonomy')
export class TaxonomyController {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @Get('skills')
  @Access(...ROLES)
  @ApiOkResponse({ type: SkillSearchResponse, description: 'Skills for what the user is typing, best first' })
  searchSkills(@Query() query: TaxonomySearchQuery): Promise<SkillSearchResponse> {
    return this.taxonomy.searchSkills(query);
  }

  @Get('occupations')
  @Access(...ROLES)
  @ApiOkResponse({ type: OccupationSearchResponse, description: 'Occupations for what the user is typing, best first' })
  searchOccupations(@Query() query: TaxonomySearchQuery): Promise<OccupationSearchResponse> {
    return this.taxonomy.searchOccupations(query);
  }

  @Get('occupations/:code')
  @Access(...ROLES)
  @ApiOkResponse({ type: OccupationResponse, description: 'The occupation with its essential and optional skills' })
  @ApiNotFoundResponse({ description: 'No occupation has that code' })
  occupation(@Param('code') code: string, @Query() query: LanguageQuery): Promise<OccupationResponse> {
    return this.taxonomy.occupation(codeParam(code), query.lang);
  }

  // Public: the open-jobs pages filter by sector without a sign-in; the list is the same for everyone.
  @Get('sectors')
  @PublicRateLimited()
  @ApiOkResponse({ type: SectorListResponse, description: 'The sectors Jobbro reports on, with their ISCO-08 groups' })
  sectors(): Promise<SectorListResponse> {
    return this.taxonomy.sectors();
  }
}
