import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Access, Tenant, type TenantContext } from '@jobbro/platform';
import { Endpoint } from '@jobbro/privacy';
import { CreateUserDto, FindUsersQuery, UpdateUserDto } from './dto/user.dto';
import { CreatedUserResponse, UserPageResponse, UserResponse } from './user.response';
import { UsersService } from './users.service';

const ADMIN_CONFLICT = 'An admin cannot deactivate or demote themself, nor the last active admin';

/** Admins manage who signs in to their jobcentre: staff and employer users, their roles, and whether they may. */
@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Access('admin')
  @ApiOkResponse({ type: UserPageResponse, description: "The jobcentre's users by name, with role and last sign-in" })
  @ApiBadRequestResponse({ description: 'A filter is not valid' })
  find(@Tenant() tenant: TenantContext, @Query() query: FindUsersQuery): Promise<UserPageResponse> {
    return this.users.find(tenant, query);
  }

  @Post()
  @Access('admin')
  @ApiCreatedResponse({
    type: CreatedUserResponse,
    description: 'The user, with a one-time initial password shown this once (stored only as a hash)',
  })
  @ApiConflictResponse({ description: 'The e-mail already belongs to a user' })
  create(
    @Tenant() tenant: TenantContext,
    @Body() input: CreateUserDto,
    @Endpoint() endpoint: string,
  ): Promise<CreatedUserResponse> {
    return this.users.create(tenant, input, endpoint);
  }

  @Get(':id')
  @Access('admin')
  @ApiOkResponse({ type: UserResponse })
  @ApiNotFoundResponse()
  get(@Tenant() tenant: TenantContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<UserResponse> {
    return this.users.get(tenant, id);
  }

  @Patch(':id')
  @Access('admin')
  @ApiOkResponse({ type: UserResponse, description: 'The user as changed; a new role applies to their next request' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: ADMIN_CONFLICT })
  update(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() input: UpdateUserDto,
    @Endpoint() endpoint: string,
  ): Promise<UserResponse> {
    return this.users.update(tenant, id, input, endpoint);
  }

  @Post(':id/deactivate')
  @Access('admin')
  @HttpCode(200)
  @ApiOkResponse({ type: UserResponse, description: 'The user can no longer sign in; their sessions have ended' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: ADMIN_CONFLICT })
  deactivate(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Endpoint() endpoint: string,
  ): Promise<UserResponse> {
    return this.users.setActive(tenant, id, false, endpoint);
  }

  @Post(':id/reactivate')
  @Access('admin')
  @HttpCode(200)
  @ApiOkResponse({ type: UserResponse, description: 'The user can sign in again with their password' })
  @ApiNotFoundResponse()
  reactivate(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Endpoint() endpoint: string,
  ): Promise<UserResponse> {
    return this.users.setActive(tenant, id, true, endpoint);
  }

  @Post(':id/password')
  @Access('admin')
  @HttpCode(200)
  @ApiOkResponse({
    type: CreatedUserResponse,
    description: 'A new one-time password, shown this once; the old one and every session of the user stop working',
  })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The user is deactivated' })
  resetPassword(
    @Tenant() tenant: TenantContext,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Endpoint() endpoint: string,
  ): Promise<CreatedUserResponse> {
    return this.users.resetPassword(tenant, id, endpoint);
  }
}
