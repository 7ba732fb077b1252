import { Body, Controller, Delete, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { uuidParam } from '../common/validation/uuid-param.js';
import { ApiTokenService } from './api-token.service.js';
import { AllowedDuringTotpSetup, Public } from './auth.decorators.js';
import { AuthService } from './auth.service.js';
import { CurrentPrincipal } from './current-principal.decorator.js';
import { ChangePasswordDto, CreateApiTokenDto, LoginDto, LoginResultDto, TotpCodeDto } from './dto/auth.dto.js';
import { ApiTokenViewDto, CreatedApiTokenDto, CurrentSessionDto, TotpSetupDto } from './dto/auth-views.dto.js';
import type { Principal } from './principal.js';
import { SessionService } from './session.service.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly tokens: ApiTokenService,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResultDto, description: 'Signed in; the session cookie is set' })
  @ApiUnauthorizedResponse({ description: 'INVALID_CREDENTIALS, TOTP_REQUIRED or INVALID_TOTP' })
  @ApiTooManyRequestsResponse({ description: 'Too many failures for this account or address' })
  async login(
    @Body() dto: LoginDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResultDto> {
    request.auditActorLabel = dto.email.trim().toLowerCase();
    const { token, session, user } = await this.auth.login(dto, request.ip);
    setSessionCookie(request, reply, token);
    return { user, csrfToken: session.csrfToken };
  }

  @AllowedDuringTotpSetup()
  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The session has ended' })
  async logout(
    @CurrentPrincipal() principal: Principal,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    if (principal.session) await this.sessions.end(principal.session.tokenHash);
    clearSessionCookie(request, reply);
  }

  @AllowedDuringTotpSetup()
  @Get('me')
  @ApiOkResponse({ type: CurrentSessionDto, description: 'The caller, and the CSRF token of their session' })
  me(@CurrentPrincipal() principal: Principal): CurrentSessionDto {
    return { user: this.auth.currentUser(principal), csrfToken: principal.session?.csrfToken ?? null };
  }

  @AllowedDuringTotpSetup()
  @Post('totp/setup')
  @ApiCreatedResponse({ type: TotpSetupDto, description: 'Add it to an authenticator app, then enable' })
  beginTotpSetup(@CurrentPrincipal() principal: Principal): Promise<TotpSetupDto> {
    return this.auth.beginTotpSetup(principal.clinicianId);
  }

  @AllowedDuringTotpSetup()
  @Post('totp/enable')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The second factor is on' })
  @ApiTooManyRequestsResponse({ description: 'Too many wrong codes for this user or address' })
  enableTotp(
    @CurrentPrincipal() principal: Principal,
    @Body() dto: TotpCodeDto,
    @Req() request: FastifyRequest,
  ): Promise<void> {
    return this.auth.enableTotp(principal.clinicianId, dto.code, request.ip);
  }

  @Post('totp/disable')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The second factor is off (not for administrators)' })
  @ApiTooManyRequestsResponse({ description: 'Too many wrong codes for this user or address' })
  disableTotp(
    @CurrentPrincipal() principal: Principal,
    @Body() dto: TotpCodeDto,
    @Req() request: FastifyRequest,
  ): Promise<void> {
    return this.auth.disableTotp(principal.clinicianId, dto.code, request.ip);
  }

  @Post('password')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Changed; every other session of yours has ended, this one goes on' })
  @ApiBadRequestResponse({ description: 'currentPassword is not correct, or newPassword is not allowed' })
  @ApiTooManyRequestsResponse({ description: 'Too many wrong passwords for this account or address' })
  async changePassword(
    @CurrentPrincipal() principal: Principal,
    @Body() dto: ChangePasswordDto,
    @Req() request: FastifyRequest,
  ): Promise<void> {
    const ended = await this.auth.changePassword(
      principal.clinicianId,
      dto,
      request.ip,
      principal.session?.tokenHash ?? null,
    );
    request.auditDetail = { otherSessionsEnded: ended };
  }

  @Get('tokens')
  @ApiOkResponse({ type: ApiTokenViewDto, isArray: true, description: 'Your live API tokens (never their secrets)' })
  listTokens(@CurrentPrincipal() principal: Principal): Promise<ApiTokenViewDto[]> {
    return this.tokens.list(principal.clinicianId);
  }

  @Post('tokens')
  @ApiCreatedResponse({ type: CreatedApiTokenDto, description: 'The new token; `token` is shown this once' })
  createToken(@CurrentPrincipal() principal: Principal, @Body() dto: CreateApiTokenDto): Promise<CreatedApiTokenDto> {
    return this.tokens.create(principal.clinicianId, dto.name, dto.expiresInDays);
  }

  @Delete('tokens/:tokenId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Revoked' })
  revokeToken(
    @CurrentPrincipal() principal: Principal,
    @Param('tokenId', uuidParam('tokenId')) tokenId: string,
  ): Promise<void> {
    return this.tokens.revoke(principal.clinicianId, tokenId);
  }
}
