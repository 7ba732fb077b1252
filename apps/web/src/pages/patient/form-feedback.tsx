import { Alert } from '@mantine/core';
import { errorMessageOf } from '../../api/api-error';
import { needsFormAlert } from './api-field-errors';

interface FormFeedbackProps {
  error: unknown;
  /** Fields whose errors show beside their inputs; any other error shows here. */
  shownFields: readonly string[];
  /** The text of the alert's title when the write failed. */
  failedTitle?: string;
  /** Set after a successful write, until the next edit. */
  savedText?: string | null;
}

/** Above a recording form: what failed (unless every failure sits at its field), or that it was saved. */
export function FormFeedback({ error, shownFields, failedTitle = 'Not recorded', savedText }: FormFeedbackProps) {
  return (
    <>
      {needsFormAlert(error, shownFields) ? (
        <Alert color="red" variant="light" title={failedTitle}>
          {errorMessageOf(error)}
        </Alert>
      ) : null}
      {savedText ? (
        <Alert color="teal" variant="light" role="status">
          {savedText}
        </Alert>
      ) : null}
    </>
  );
}
