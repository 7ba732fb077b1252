import { ApiError } from '../../api/api-error';
import { feedbackOf, retryMessage } from './sign-in-feedback';

describe('sign-in feedback', () => {
  it.each([
    [30, 'Please try again in 1 minute.'],
    [60, 'Please try again in 1 minute.'],
    [61, 'Please try again in 2 minutes.'],
    [900, 'Please try again in 15 minutes.'],
    [undefined, 'Please try again later.'],
  ])('after %p seconds says "%s"', (seconds, expected) => {
    expect(retryMessage(seconds)).toContain(expected);
  });

  it('keeps an alert for validation errors about fields the form does not show', () => {
    const error = new ApiError({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'Invalid request: remember must be a boolean',
      details: { fields: [{ field: 'remember', messages: ['remember must be a boolean'] }] },
    });

    expect(feedbackOf(error)).toEqual({
      fields: {},
      alert: { title: 'Check your entries', message: 'Invalid request: remember must be a boolean' },
    });
  });

  it('does not treat the request for a code as a failure', () => {
    const error = new ApiError({ statusCode: 401, code: 'TOTP_REQUIRED', message: 'Enter the code' });

    expect(feedbackOf(error)).toEqual({ fields: {} });
  });
});
