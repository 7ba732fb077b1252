import { Alert, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, type RefObject, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../../api/api-error';
import { AUTH_ERROR_CODES, type Credentials } from '../../api/auth';
import { useCreateSession } from '../../api/hooks/use-create-session';
import { type FieldMessages, feedbackOf, SIGN_IN_FIELDS, type SignInField } from './sign-in-feedback';

const SIX_DIGITS = /^\d{6}$/;
export const SESSION_ENDED_MESSAGE = 'Your session has ended — please sign in again.';

interface SignInFormProps {
  /** The app sent the user here because their session expired. */
  sessionEnded: boolean;
}

function checkEntries(values: Required<Credentials>, codeStep: boolean): FieldMessages {
  const errors: FieldMessages = {};
  if (!values.email.trim()) errors.email = 'Enter your email address';
  if (!values.password) errors.password = 'Enter your password';
  if (codeStep && !SIX_DIGITS.test(values.totpCode.trim())) {
    errors.totpCode = 'Enter the 6 digits shown in your authenticator app';
  }
  return errors;
}

export function SignInForm({ sessionEnded }: SignInFormProps) {
  const createSession = useCreateSession();
  const [values, setValues] = useState<Required<Credentials>>({ email: '', password: '', totpCode: '' });
  const [codeStep, setCodeStep] = useState(false);
  const [clientErrors, setClientErrors] = useState<FieldMessages>({});

  const alertRef = useRef<HTMLDivElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const fieldRefs: Record<SignInField, RefObject<HTMLInputElement | null>> = {
    email: useRef<HTMLInputElement>(null),
    password: useRef<HTMLInputElement>(null),
    totpCode: useRef<HTMLInputElement>(null),
  };

  const feedback = useMemo(() => feedbackOf(createSession.error), [createSession.error]);
  const messageFor = (field: SignInField) => clientErrors[field] ?? feedback.fields[field];

  // Focus follows each answer: the alert if there is one, else the first field at fault, else the code.
  const { error } = createSession;
  const { email: emailRef, password: passwordRef, totpCode: codeRef } = fieldRefs;
  useEffect(() => {
    if (!error) return;
    if (feedback.alert) alertRef.current?.focus();
    else if (feedback.fields.email) emailRef.current?.focus();
    else if (feedback.fields.password) passwordRef.current?.focus();
    else if (codeStep) codeRef.current?.focus();
  }, [error, feedback, codeStep, emailRef, passwordRef, codeRef]);

  // Saying why the user is here comes first, for screen readers too.
  useEffect(() => {
    if (sessionEnded) noticeRef.current?.focus();
  }, [sessionEnded]);

  const change = (field: SignInField) => (event: FormEvent<HTMLInputElement>) => {
    const { value } = event.currentTarget;
    setValues((current) => ({ ...current, [field]: value }));
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors = checkEntries(values, codeStep);
    setClientErrors(errors);
    const firstWrong = SIGN_IN_FIELDS.find((field) => errors[field]);
    if (firstWrong) {
      fieldRefs[firstWrong].current?.focus();
      return;
    }
    const credentials: Credentials = { email: values.email.trim(), password: values.password };
    if (codeStep) credentials.totpCode = values.totpCode.trim();
    createSession.mutate(credentials, {
      onError: (failure) => {
        if (failure instanceof ApiError && failure.code === AUTH_ERROR_CODES.totpRequired) setCodeStep(true);
      },
    });
  };

  const startOver = () => {
    createSession.reset();
    setCodeStep(false);
    setClientErrors({});
    setValues({ email: values.email, password: '', totpCode: '' });
  };

  return (
    <Stack gap="md">
      {feedback.alert ? (
        <Alert ref={alertRef} tabIndex={-1} color="red" variant="light" title={feedback.alert.title}>
          {feedback.alert.message}
        </Alert>
      ) : sessionEnded ? (
        <Alert ref={noticeRef} tabIndex={-1} color="yellow" variant="light" title="Signed out">
          {SESSION_ENDED_MESSAGE}
        </Alert>
      ) : null}

      <form onSubmit={handleSubmit} noValidate aria-label="Sign in">
        <Stack gap="md">
          {codeStep ? (
            <>
              <Text size="sm">
                Two-step sign-in is on for <strong>{values.email.trim()}</strong>. Enter the code your authenticator app
                shows now.
              </Text>
              <TextInput
                ref={codeRef}
                label="6-digit code"
                value={values.totpCode}
                onChange={change('totpCode')}
                error={messageFor('totpCode')}
                autoComplete="one-time-code"
                inputMode="numeric"
                maxLength={6}
                required
              />
            </>
          ) : (
            <>
              <TextInput
                ref={emailRef}
                type="email"
                label="Email"
                value={values.email}
                onChange={change('email')}
                error={messageFor('email')}
                autoComplete="username"
                required
              />
              <PasswordInput
                ref={passwordRef}
                label="Password"
                value={values.password}
                onChange={change('password')}
                error={messageFor('password')}
                autoComplete="current-password"
                required
                // Mantine's default name contains "password", which makes the field's label ambiguous.
                visibilityToggleButtonProps={{ 'aria-label': 'Show what you typed' }}
              />
            </>
          )}
          <Group justify="space-between">
            <Button type="submit" loading={createSession.isPending}>
              Sign in
            </Button>
            {codeStep ? (
              <Button variant="subtle" onClick={startOver} disabled={createSession.isPending}>
                Use a different account
              </Button>
            ) : null}
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
