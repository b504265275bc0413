import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Access, Tenant, type TenantContext } from '@jobbro/platform';
import { CreatePostingFromIntakeDto } from './dto/posting.dto';
import { PostingResponse } from './posting.response';
import { PostingsService } from './postings.service';

/** An intake that led to a posting: both in one step. */
@ApiTags('duty desk')
@Controller('intakes')
export class IntakePostingController {
  constructor(private readonly postings: PostingsService) {}

  @Post(':id/posting')
  @Access('consultant', 'lead')
  @ApiCreatedResponse({
    type: PostingResponse,
    description: "The posting was created as a draft for the intake's company; the intake is closed, posting-created",
  })
  @ApiNotFoundResponse()
  @ApiBadRequestResponse({ description: 'A field is invalid or breaks a rule of the kind (the message names it)' })
  @ApiConflictResponse({ description: 'The intake is closed already, or its company has not been reached yet' })
  create(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() input: CreatePostingFromIntakeDto,
  ): Promise<PostingResponse> {
    return this.postings.createFromIntake(tenant, id, input);
  }
}
