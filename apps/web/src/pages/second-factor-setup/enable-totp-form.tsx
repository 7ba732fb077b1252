import { Button, Stack, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/api-error';
import { useEnableTotp } from '../../api/hooks/use-enable-totp';
import { ErrorAlert } from '../../components/error-alert';

const SIX_DIGITS = /^\d{6}$/;

/** The code from the app proves the key was added; once on, the route guard opens the dashboard. */
export function EnableTotpForm() {
  const enableTotp = useEnableTotp();
  const [code, setCode] = useState('');
  const [clientError, setClientError] = useState<string>();
  const codeRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  const { error } = enableTotp;
  const codeMessages = error instanceof ApiError ? error.messagesFor('code') : [];
  const codeError = clientError ?? (codeMessages.length > 0 ? codeMessages.join(' ') : undefined);
  const otherError = error && codeMessages.length === 0 ? error : null;

  useEffect(() => {
    if (!error) return;
    if (error instanceof ApiError && error.messagesFor('code').length > 0) codeRef.current?.focus();
    else alertRef.current?.focus();
  }, [error]);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const entered = code.trim();
    if (!SIX_DIGITS.test(entered)) {
      setClientError('Enter the 6 digits shown in your authenticator app');
      codeRef.current?.focus();
      return;
    }
    setClientError(undefined);
    enableTotp.mutate(entered);
  };

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Turn on two-step sign-in">
      <Stack gap="md">
        {otherError ? (
          <div ref={alertRef} tabIndex={-1}>
            <ErrorAlert title="Could not turn on two-step sign-in" error={otherError} />
          </div>
        ) : null}
        <TextInput
          ref={codeRef}
          label="6-digit code"
          description="The code your authenticator app shows for Naltrack now."
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
          error={codeError}
          autoComplete="one-time-code"
          inputMode="numeric"
          maxLength={6}
          required
        />
        <Button type="submit" loading={enableTotp.isPending} style={{ alignSelf: 'flex-start' }}>
          Turn on two-step sign-in
        </Button>
      </Stack>
    </form>
  );
}
