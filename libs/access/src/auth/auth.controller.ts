import { Body, Controller, Get, HttpCode, HttpException, HttpStatus, Post, Res, UseGuards } from '@nestjs/common';
import {
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';
import type { Response } from 'express';
import { Access, Public, PUBLIC_THROTTLER, ROLES, STAFF_ROLES } from '@jobbro/platform';
import { CurrentPrincipal } from '../guard/current-principal.decorator';
import type { Principal } from '../guard/principal';
import { LoginResponse, TokensResponse, WhoAmIResponse } from './auth.response';
import { AuthService } from './auth.service';
import { LoginDto, RefreshDto } from './dto/auth.dto';

const whoAmI = (principal: Principal) => ({
  id: principal.actor.id,
  name: principal.actor.name,
  role: principal.role,
  jobcentreId: principal.jobcentreId,
  companyCvrNumbers: principal.companyCvrNumbers,
});

@ApiTags('auth')
@SkipThrottle({ [PUBLIC_THROTTLER]: true })
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponse, description: 'A short-lived access token and a refresh token' })
  @ApiUnauthorizedResponse({ description: 'The e-mail or the password is wrong (which one is never said)' })
  @ApiTooManyRequestsResponse({
    description: 'Too many attempts from this address, or too many failures for this e-mail',
  })
  async login(@Body() input: LoginDto, @Res({ passthrough: true }) response: Response): Promise<LoginResponse> {
    const result = await this.auth.login(input.email, input.password);
    if (result.outcome === 'wait') {
      const seconds = Math.ceil(result.retryAfterMs / 1000);
      response.setHeader('Retry-After', String(seconds));
      throw new HttpException(
        { message: `Too many failed logins for this e-mail; try again in ${seconds} s`, retryAfterSeconds: seconds },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    return { ...result.tokens, user: whoAmI(result.principal) };
  }

  @Post('refresh')
  @Public()
  @UseGuards(ThrottlerGuard)
  @HttpCode(200)
  @ApiOkResponse({
    type: TokensResponse,
    description: 'A new access token and a new refresh token; the one sent stops working',
  })
  @ApiUnauthorizedResponse({ description: 'The refresh token is unknown, used before, expired or revoked' })
  @ApiTooManyRequestsResponse({ description: 'Too many sign-in requests from this address; see Retry-After' })
  refresh(@Body() input: RefreshDto): Promise<TokensResponse> {
    return this.auth.refresh(input.refreshToken);
  }

  @Post('logout')
  @Access(...STAFF_ROLES, 'employer')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The session ended: its access and refresh tokens no longer work' })
  logout(@CurrentPrincipal() principal: Principal): Promise<void> {
    return this.auth.logout(principal.sessionId!);
  }

  @Get('me')
  @Access(...ROLES)
  @ApiOkResponse({ type: WhoAmIResponse, description: 'Who you are signed in as' })
  me(@CurrentPrincipal() principal: Principal): WhoAmIResponse {
    return whoAmI(principal);
  }
}
