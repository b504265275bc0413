import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, STAFF_ROLES, Tenant, type TenantContext } from '@jobbro/platform';
import { PostingRulesDto } from './dto/posting-rules.dto';
import { PostingSettingsService } from './posting-settings.service';

@ApiTags('postings')
@Controller('posting-settings')
export class PostingSettingsController {
  constructor(private readonly settings: PostingSettingsService) {}

  @Get()
  @Access(...STAFF_ROLES)
  @ApiOkResponse({
    type: PostingRulesDto,
    description: "The jobcentre's rules for the kinds of posting: its own where it set them, the defaults elsewhere",
  })
  get(@Tenant() tenant: TenantContext): Promise<PostingRulesDto> {
    return this.settings.rulesFor(tenant);
  }

  @Put()
  @Access('lead', 'admin')
  @ApiOkResponse({ type: PostingRulesDto, description: 'The rules as they are now; they apply from the next change' })
  replace(@Tenant() tenant: TenantContext, @Body() input: PostingRulesDto): Promise<PostingRulesDto> {
    return this.settings.replace(tenant, input);
  }
}
