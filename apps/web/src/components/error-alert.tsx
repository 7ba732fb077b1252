import { Alert, Button, Stack, Text } from '@mantine/core';
import { ApiError, errorMessageOf } from '../api/api-error';

interface ErrorAlertProps {
  title: string;
  error: unknown;
  onRetry?: () => void;
}

/** A failed request: what the server said, the reference support needs, and a way to try again. */
export function ErrorAlert({ title, error, onRetry }: ErrorAlertProps) {
  const requestId = error instanceof ApiError ? error.requestId : undefined;
  return (
    <Alert color="red" variant="light" title={title}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{errorMessageOf(error)}</Text>
        {requestId ? (
          <Text size="xs" c="gray.7">
            Reference: {requestId}
          </Text>
        ) : null}
        {onRetry ? (
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            Try again
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}
