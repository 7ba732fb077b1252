import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { APP_CONFIG, type RuntimeConfig } from '../config/runtime-config.js';
import { ApiTokenService } from './api-token.service.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { BreakGlassController } from './break-glass.controller.js';
import { PasswordService } from './password.service.js';
import { PatientAccessService } from './patient-access.service.js';
import { PrincipalLoader } from './principal-loader.js';
import { RateLimitService } from './rate-limit.service.js';
import { RateLimitRequestsGuard } from './rate-limit-requests.guard.js';
import { SecretAttempts } from './secret-attempts.js';
import { SessionService } from './session.service.js';
import { resolveTotpKey, TOTP_KEY } from './totp-secret-cipher.js';
import { TotpSecrets } from './totp-secrets.service.js';

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
    RateLimitRequestsGuard,
    SecretAttempts,
    SessionService,
    TotpSecrets,
    { provide: TOTP_KEY, inject: [APP_CONFIG], useFactory: (config: RuntimeConfig) => resolveTotpKey(config) },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [PasswordService, SessionService, PatientAccessService, ApiTokenService],
})
export class AuthModule {}
