import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApiTokenService } from './api-token.service.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { BreakGlassController } from './break-glass.controller.js';
import { PasswordService } from './password.service.js';
import { PatientAccessService } from './patient-access.service.js';
import { PrincipalLoader } from './principal-loader.js';
import { RateLimitService } from './rate-limit.service.js';
import { SecretAttempts } from './secret-attempts.js';
import { SessionService } from './session.service.js';

@Global()
@Module({
  controllers: [AuthController, BreakGlassController],
  providers: [
    ApiTokenService,
    AuthService,
    PasswordService,
    PatientAccessService,
    PrincipalLoader,
    RateLimitService,
    SecretAttempts,
    SessionService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [PasswordService, SessionService, PatientAccessService, ApiTokenService],
})
export class AuthModule {}
