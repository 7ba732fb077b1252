import { ApiError, errorMessageOf } from '../../api/api-error';
import { AUTH_ERROR_CODES, retryAfterSecondsOf } from '../../api/auth';

/** The inputs of the sign-in form, named as the API names them in `details.fields`. */
export type SignInField = 'email' | 'password' | 'totpCode';

export const SIGN_IN_FIELDS: readonly SignInField[] = ['email', 'password', 'totpCode'];

export type FieldMessages = Partial<Record<SignInField, string>>;

/** What a failed sign-in shows: an alert for the form as a whole, and/or messages at fields. */
export interface SignInFeedback {
  alert?: { title: string; message: string };
  fields: FieldMessages;
}

export function retryMessage(retryAfterSeconds: number | undefined): string {
  if (retryAfterSeconds === undefined) return 'Too many failed sign-ins. Please try again later.';
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many failed sign-ins. Please try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`;
}

function validationFeedback(error: ApiError): SignInFeedback {
  const fields: FieldMessages = {};
  for (const field of SIGN_IN_FIELDS) {
    const messages = error.messagesFor(field);
    if (messages.length > 0) fields[field] = messages.join(' ');
  }
  // A field the form does not show (or none named at all) still needs saying.
  const unplaced = error.fieldErrors.some((fieldError) => !SIGN_IN_FIELDS.some((field) => field === fieldError.field));
  const nothingPlaced = Object.keys(fields).length === 0;
  return unplaced || nothingPlaced
    ? { fields, alert: { title: 'Check your entries', message: error.message } }
    : { fields };
}

export function feedbackOf(error: unknown): SignInFeedback {
  if (!error) return { fields: {} };
  if (!(error instanceof ApiError)) {
    return { fields: {}, alert: { title: 'Could not sign in', message: errorMessageOf(error) } };
  }
  switch (error.code) {
    // Not a failure: the form asks for the code next.
    case AUTH_ERROR_CODES.totpRequired:
      return { fields: {} };
    case AUTH_ERROR_CODES.invalidTotp:
      return { fields: { totpCode: error.message } };
    case AUTH_ERROR_CODES.tooManyRequests:
      return { fields: {}, alert: { title: 'Sign-in paused', message: retryMessage(retryAfterSecondsOf(error)) } };
    case 'VALIDATION_FAILED':
      return validationFeedback(error);
    default:
      return { fields: {}, alert: { title: 'Could not sign in', message: error.message } };
  }
}
