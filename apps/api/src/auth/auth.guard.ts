import type { Role } from '@naltrack/domain';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { isUUID } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import { ApiException } from '../common/errors/api-exception.js';
import { ErrorCode } from '../common/errors/error-code.js';
import { fieldError } from '../common/errors/field-error.js';
import {
  ALLOWED_DURING_TOTP_SETUP,
  ALLOWED_ROLES,
  PATIENT_SCOPE,
  type PatientScope,
  PUBLIC_ROUTE,
} from './auth.decorators.js';
import { PatientAccessService } from './patient-access.service.js';
import { type CountedPrincipal, PrincipalLoader, type RecordRef } from './principal-loader.js';
import { sameSecret } from './secret-token.js';
import { readSessionCookie } from './session-cookie.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const UNAUTHENTICATED = () => new ApiException(401, ErrorCode.Unauthenticated, 'Sign in to continue');

/**
 * Every route is behind this guard unless marked @Public(): it resolves the caller from the session
 * cookie (with its CSRF token on writes) or a Bearer API token, then checks @Roles and, for
 * @PatientScoped routes, the caller's access to that patient.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly principals: PrincipalLoader,
    private readonly patientAccess: PatientAccessService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const scope = this.reflector.getAllAndOverride<PatientScope | undefined>(PATIENT_SCOPE, targets);
    const recordId = scope ? ((request.params as Record<string, string>)[scope.param] ?? '') : '';
    // The record's patient is looked up with the caller, when its id is one at all.
    const record = scope && isUUID(recordId) ? { via: scope.via, id: recordId } : null;
    const found = await this.authenticate(request, record);
    const { principal } = found;
    request.principal = principal;
    request.requestCount = found.count ?? undefined;

    if (principal.totpSetupRequired && !this.reflector.getAllAndOverride<boolean>(ALLOWED_DURING_TOTP_SETUP, targets)) {
      throw new ApiException(403, 'TOTP_SETUP_REQUIRED', 'Set up a second factor before going on');
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets);
    if (roles && !roles.some((role) => principal.roles.includes(role))) {
      throw new ApiException(403, ErrorCode.Forbidden, 'Your role does not allow this');
    }
    if (scope) {
      // Guards run before pipes: a malformed id must get its 400 here, not reach the database.
      if (!record) throw fieldError(scope.param, `${scope.param} must be a UUID`);
      const intent = SAFE_METHODS.has(request.method) ? 'read' : 'write';
      request.auditPatientId = await this.patientAccess.check(principal, found.record ?? null, scope.via, intent);
    }
    return true;
  }

  /** The caller, with this request counted against their limit in the same statement (a session's too). */
  private async authenticate(request: FastifyRequest, record: RecordRef | null): Promise<CountedPrincipal> {
    const authorization = request.headers.authorization;
    if (authorization) {
      const [scheme, token] = authorization.split(' ');
      const found = scheme === 'Bearer' && token ? await this.principals.loadByToken(token, record) : null;
      if (!found) throw UNAUTHENTICATED();
      return found;
    }

    const cookie = readSessionCookie(request);
    const found = cookie ? await this.principals.loadBySession(cookie, record) : null;
    if (!found?.principal.session) throw UNAUTHENTICATED();
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameSecret(sent, found.principal.session.csrfToken)) {
        throw new ApiException(403, 'CSRF_TOKEN_INVALID', 'Missing or wrong X-CSRF-Token header');
      }
    }
    return found;
  }
}
