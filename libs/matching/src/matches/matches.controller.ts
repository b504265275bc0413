import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, Tenant, type TenantContext } from '@jobbro/platform';
import { Endpoint } from '@jobbro/privacy';
import { MatchQuery, PostingMatchQuery } from './match.query';
import { CandidateMatchesResponse, PostingMatchesResponse } from './match.response';
import { MatchesService } from './matches.service';

/**
 * The staff who decide on matches; the ranking only proposes (EU AI Act: a human in the loop). Admins manage users,
 * not people's cases, so they see no candidates here either.
 */
export const MATCHERS = ['consultant', 'lead'] as const;

@ApiTags('matching')
@Controller()
export class MatchesController {
  constructor(private readonly matches: MatchesService) {}

  @Get('postings/:id/matches')
  @Access(...MATCHERS)
  @ApiOkResponse({
    type: PostingMatchesResponse,
    description: "The jobcentre's best candidates for the posting, eligible ones only, each score explained; recorded",
  })
  forPosting(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: PostingMatchQuery,
    @Endpoint() endpoint: string,
  ): Promise<PostingMatchesResponse> {
    return this.matches.forPosting(tenant, id, query, endpoint);
  }

  @Get('candidates/:id/matches')
  @Access(...MATCHERS)
  @ApiOkResponse({
    type: CandidateMatchesResponse,
    description: "The best open postings for the candidate, the partner jobcentres' included; recorded",
  })
  forCandidate(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: MatchQuery,
    @Endpoint() endpoint: string,
  ): Promise<CandidateMatchesResponse> {
    return this.matches.forCandidate(tenant, id, query, endpoint);
  }
}
