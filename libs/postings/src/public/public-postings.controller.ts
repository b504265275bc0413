import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { JobcentreCodeParams, JobcentreDirectory, PublicJobcentreResponse } from '@jobbro/jobcentres';
import { PublicRateLimited } from '@jobbro/platform';
import { PostcodesService, TaxonomyService } from '@jobbro/taxonomy';
import { PostingsService } from '../postings/postings.service';
import type { Posting } from '../postings/posting.entity';
import { PublicPostingParams, PublicPostingsQuery } from './dto/public-postings.query';
import {
  PublicPostingDetailResponse,
  PublicPostingPageResponse,
  type PublicPostingResponse,
} from './public-posting.response';
import { toPublicPostingView } from './public-posting.view';

/**
 * A jobcentre's open postings for anyone, signed in or not ("all jobs are visible to jobseekers"): no personal data,
 * the company named only where it agreed, the jobcentre's public contact to ask about a job.
 */
@ApiTags('public')
@Controller('public/jobcentres/:code/postings')
export class PublicPostingsController {
  constructor(
    private readonly directory: JobcentreDirectory,
    private readonly postings: PostingsService,
    private readonly taxonomy: TaxonomyService,
    private readonly postcodes: PostcodesService,
  ) {}

  @Get()
  @PublicRateLimited()
  @ApiOkResponse({ type: PublicPostingPageResponse, description: "A page of the jobcentre's open postings" })
  @ApiBadRequestResponse({ description: 'The code or a filter is not valid (the message names it)' })
  @ApiNotFoundResponse({ description: 'No jobcentre has this code' })
  async list(
    @Param() params: JobcentreCodeParams,
    @Query() query: PublicPostingsQuery,
  ): Promise<PublicPostingPageResponse> {
    const jobcentre = await this.directory.getByCode(params.code);
    const { items, total } = await this.postings.findOpen(jobcentre.id, query);
    return { items: await this.views(items), total, page: query.page, pageSize: query.pageSize };
  }

  @Get(':id')
  @PublicRateLimited()
  @ApiOkResponse({ type: PublicPostingDetailResponse, description: 'The open posting and the jobcentre to ask' })
  @ApiBadRequestResponse({ description: 'The code or the id is not valid' })
  @ApiNotFoundResponse({ description: 'No such jobcentre, or no open posting with this id in it' })
  async get(@Param() params: PublicPostingParams): Promise<PublicPostingDetailResponse> {
    const jobcentre = await this.directory.getByCode(params.code);
    const [view] = await this.views([await this.postings.getOpen(jobcentre.id, params.id)]);
    return { ...view, jobcentre: PublicJobcentreResponse.of(jobcentre) };
  }

  private async views(postings: Posting[]): Promise<PublicPostingResponse[]> {
    const catalogue = await this.taxonomy.catalogue();
    return Promise.all(
      postings.map(async (posting) => {
        const place = posting.workplacePostcode ? await this.postcodes.find(posting.workplacePostcode) : null;
        return toPublicPostingView(posting, catalogue, place?.name ?? null);
      }),
    );
  }
}
