import { BadRequestException, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { ApiException } from './api-exception.js';
import { ErrorCode } from './error-code.js';
import { toErrorResponse } from './error-response.js';

describe('toErrorResponse', () => {
  it('answers an ApiException with its own status, code, message and details', () => {
    const exception = new ApiException(422, 'INDUCTION_PREREQUISITES_NOT_MET', 'Prerequisites not met', {
      failures: [{ rule: 'opioid_free_days' }],
    });
    expect(toErrorResponse(exception)).toEqual({
      body: {
        statusCode: 422,
        code: 'INDUCTION_PREREQUISITES_NOT_MET',
        message: 'Prerequisites not met',
        details: { failures: [{ rule: 'opioid_free_days' }] },
      },
      unexpected: false,
    });
  });

  it('gives Nest HTTP exceptions a code from their status', () => {
    expect(toErrorResponse(new NotFoundException('Patient not found')).body).toEqual({
      statusCode: 404,
      code: ErrorCode.NotFound,
      message: 'Patient not found',
    });
    expect(toErrorResponse(new BadRequestException(['a is wrong', 'b is wrong'])).body.message).toBe(
      'a is wrong; b is wrong',
    );
  });

  it('answers a unique violation as 409 without the driver message', () => {
    const driverError = Object.assign(new Error('duplicate key value violates unique constraint "UQ_mrn"'), {
      code: '23505',
      detail: 'Key (mrn)=(MRN-1) already exists.',
    });
    const { body } = toErrorResponse(new QueryFailedError('INSERT INTO patient ...', [], driverError));
    expect(body.statusCode).toBe(409);
    expect(JSON.stringify(body)).not.toMatch(/INSERT|UQ_mrn|MRN-1|duplicate key/);
  });

  it('hides anything unexpected behind a generic 500', () => {
    const failure = new QueryFailedError('SELECT secret FROM patient', [], new Error('relation "x" does not exist'));
    const { body, unexpected } = toErrorResponse(failure);
    expect(unexpected).toBe(true);
    expect(body).toEqual({ statusCode: 500, code: ErrorCode.InternalError, message: 'An unexpected error occurred' });
    expect(toErrorResponse(new TypeError('cannot read x of undefined')).body.message).toBe(
      'An unexpected error occurred',
    );
  });

  it('never repeats the message of a 5xx HTTP exception', () => {
    const { body, unexpected } = toErrorResponse(new ServiceUnavailableException('pool exhausted at 10.0.0.4'));
    expect(unexpected).toBe(true);
    expect(body.message).not.toContain('10.0.0.4');
  });
});
