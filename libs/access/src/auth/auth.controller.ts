import { Body, Controller, Get, HttpCode, HttpException, HttpStatus, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { Request, Response } from 'express';
import {
  Access,
  invalidField,
  Public,
  PUBLIC_THROTTLER,
  REFRESH_THROTTLER,
  SignInThrottlerGuard,
  ROLES,
  STAFF_ROLES,
} from '@jobbro/platform';
import { CurrentPrincipal } from '../guard/current-principal.decorator';
import type { Principal } from '../guard/principal';
import { LoginResponse, TokensResponse, WhoAmIResponse } from './auth.response';
import { AuthService } from './auth.service';
import { LoginDto, RefreshDto } from './dto/auth.dto';
import { clearRefreshCookie, refreshTokenFromCookie, setRefreshCookie } from './refresh-cookie';

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
  @UseGuards(SignInThrottlerGuard)
  @SkipThrottle({ [REFRESH_THROTTLER]: true })
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
    const user = whoAmI(result.principal);
    if (input.refreshTokenIn !== 'cookie') return { ...result.tokens, user };
    const { refreshToken, ...tokens } = result.tokens;
    setRefreshCookie(response, refreshToken, tokens.refreshTokenExpiresAt);
    return { ...tokens, user };
  }

  @Post('refresh')
  @Public()
  @UseGuards(SignInThrottlerGuard)
  @SkipThrottle({ default: true })
  @HttpCode(200)
  @ApiOkResponse({
    type: TokensResponse,
    description: 'A new access token and a new refresh token; the one sent stops working',
  })
  @ApiUnauthorizedResponse({ description: 'The refresh token is unknown, used before, expired or revoked' })
  @ApiTooManyRequestsResponse({ description: 'Too many sign-in requests from this address; see Retry-After' })
  async refresh(
    @Body() input: RefreshDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TokensResponse> {
    if (input.refreshToken) return this.auth.refresh(input.refreshToken);
    const fromCookie = refreshTokenFromCookie(request);
    if (!fromCookie) throw invalidField('refreshToken', 'refreshToken is required, in the body or the session cookie');
    try {
      const { refreshToken, ...tokens } = await this.auth.refresh(fromCookie);
      setRefreshCookie(response, refreshToken, tokens.refreshTokenExpiresAt);
      return tokens;
    } catch (error) {
      // A cookie that no longer works is of no use to the browser: forget it with the 401.
      clearRefreshCookie(response);
      throw error;
    }
  }

  @Post('logout')
  @Access(...STAFF_ROLES, 'employer')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The session ended: its access and refresh tokens no longer work' })
  async logout(
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.auth.logout(principal.sessionId!);
    clearRefreshCookie(response);
  }

  @Post('logout-everywhere')
  @Access(...STAFF_ROLES, 'employer')
  @HttpCode(204)
  @ApiNoContentResponse({
    description: 'Every session of the signed-in user ended, on every device: no access or refresh token of it works',
  })
  async logoutEverywhere(
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.auth.logoutEverywhere(principal.sessionId!);
    clearRefreshCookie(response);
  }

  @Get('me')
  @Access(...ROLES)
  @ApiOkResponse({ type: WhoAmIResponse, description: 'Who you are signed in as' })
  me(@CurrentPrincipal() principal: Principal): WhoAmIResponse {
    return whoAmI(principal);
  }
}
