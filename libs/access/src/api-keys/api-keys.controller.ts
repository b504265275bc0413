import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access, Tenant, type TenantContext } from '@jobbro/platform';
import { Endpoint } from '@jobbro/privacy';
import { ApiKeyResponse, CreatedApiKeyResponse } from './api-key.response';
import { ApiKeysService } from './api-keys.service';
import { CreateApiKeyDto } from './dto/create-api-key.dto';

/** Admins issue and revoke the keys system integrations call the API with (header X-Api-Key). */
@ApiTags('auth')
@Controller('api-keys')
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Post()
  @Access('admin')
  @ApiCreatedResponse({
    type: CreatedApiKeyResponse,
    description: 'The key; its secret `key` is shown this once and never again',
  })
  create(
    @Tenant() tenant: TenantContext,
    @Body() input: CreateApiKeyDto,
    @Endpoint() endpoint: string,
  ): Promise<CreatedApiKeyResponse> {
    return this.apiKeys.create(tenant, input.name, endpoint);
  }

  @Get()
  @Access('admin')
  @ApiOkResponse({ type: [ApiKeyResponse], description: "The jobcentre's keys, without their secrets" })
  list(@Tenant() tenant: TenantContext): Promise<ApiKeyResponse[]> {
    return this.apiKeys.list(tenant);
  }

  @Delete(':id')
  @Access('admin')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The key no longer works' })
  @ApiNotFoundResponse()
  revoke(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Endpoint() endpoint: string,
  ): Promise<void> {
    return this.apiKeys.revoke(tenant, id, endpoint);
  }
}
