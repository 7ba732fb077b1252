import type { Role } from '@naltrack/domain';
import { isPermissionDenied } from './api-field-errors';

/**
 * Whether to show a recording form. The role check saves a round trip; the API's 403 stays the
 * authority (roles can change while the page is open), so a denied write hides the form too.
 */
export function mayRecord(roles: readonly Role[] | undefined, allowed: readonly Role[], ...errors: unknown[]): boolean {
  return (roles ?? []).some((role) => allowed.includes(role)) && !errors.some(isPermissionDenied);
}
