import { Module } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StaffMember } from '@jobbro/jobcentres';
import { JOBBRO_RUNTIME, type JobbroRuntime } from '@jobbro/platform';
import { PrivacyModule } from '@jobbro/privacy';
import { UserAccount } from './accounts/user-account.entity';
import { ApiKey } from './api-keys/api-key.entity';
import { ApiKeysController } from './api-keys/api-keys.controller';
import { ApiKeysService } from './api-keys/api-keys.service';
import { AccessTokens } from './auth/access-tokens';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { AuthSession } from './auth/auth-session.entity';
import { LoginFailure } from './auth/login-failure.entity';
import { AccessGuard } from './guard/access.guard';
import { UsersController } from './users/users.controller';
import { UsersService } from './users/users.service';

/**
 * Sign-in, tokens, API keys, the jobcentre's users, and the guard that holds every endpoint to its declared access
 * rule.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([UserAccount, AuthSession, LoginFailure, ApiKey, StaffMember]),
    PrivacyModule,
    JwtModule.registerAsync({
      inject: [JOBBRO_RUNTIME],
      useFactory: (runtime: JobbroRuntime) => {
        if (!runtime.config.auth.jwtSecret) throw new Error('AUTH_JWT_SECRET is not set');
        // A key object, not the string: jsonwebtoken would otherwise rebuild the key on every verify (~0.5 ms each).
        return {
          secret: createSecretKey(Buffer.from(runtime.config.auth.jwtSecret)),
          signOptions: { algorithm: 'HS256' },
        };
      },
    }),
  ],
  controllers: [AuthController, ApiKeysController, UsersController],
  providers: [AuthService, AccessTokens, ApiKeysService, UsersService, { provide: APP_GUARD, useClass: AccessGuard }],
})
export class AccessModule {}
