import { Controller, Get, Param } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PublicRateLimited } from '@jobbro/platform';
import { JobcentreDirectory } from './jobcentre-directory';
import { JobcentreCodeParams, PublicJobcentreResponse } from './public-jobcentre.response';

/** The jobcentres and where to reach them, for the public open-jobs pages: no sign-in. */
@ApiTags('public')
@Controller('public/jobcentres')
export class PublicJobcentresController {
  constructor(private readonly directory: JobcentreDirectory) {}

  @Get()
  @PublicRateLimited()
  @ApiOkResponse({ type: [PublicJobcentreResponse], description: 'Every jobcentre, by name, with its public contact' })
  async list(): Promise<PublicJobcentreResponse[]> {
    return (await this.directory.list()).map(PublicJobcentreResponse.of);
  }

  @Get(':code')
  @PublicRateLimited()
  @ApiOkResponse({ type: PublicJobcentreResponse })
  @ApiBadRequestResponse({ description: 'The code is not a jobcentre code' })
  @ApiNotFoundResponse({ description: 'No jobcentre has this code' })
  async get(@Param() params: JobcentreCodeParams): Promise<PublicJobcentreResponse> {
    return PublicJobcentreResponse.of(await this.directory.getByCode(params.code));
  }
}
