import '../../layout/full-styles';

import { Button, Divider, List, Stack, Text } from '@mantine/core';
import { useCreateTotpSetup } from '../../api/hooks/use-create-totp-setup';
import { useSignedInUser } from '../../auth/signed-in-user';
import { useSignOut } from '../../auth/use-sign-out';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { PlainLayout } from '../../layout/plain-layout';
import { EnableTotpForm } from './enable-totp-form';
import { TotpKeyDetails } from './totp-key-details';

/** Administrators must have a second factor before the API lets them do anything else. */
export function SecondFactorSetupPage() {
  const user = useSignedInUser();
  const createSetup = useCreateTotpSetup();
  const { signOut, isPending: signingOut } = useSignOut();

  return (
    <PlainLayout>
      <PageHeader
        title="Set up two-step sign-in"
        description={`${user.displayName}, administrator accounts need a code from an authenticator app at every sign-in.`}
      />
      <Stack gap="lg">
        <List type="ordered" size="sm" spacing="xs">
          <List.Item>Create a setup key.</List.Item>
          <List.Item>Add it to an authenticator app (for example on your work phone).</List.Item>
          <List.Item>Enter the 6-digit code the app shows.</List.Item>
        </List>

        {createSetup.isError ? (
          <ErrorAlert
            title="Could not create a setup key"
            error={createSetup.error}
            onRetry={() => createSetup.mutate()}
          />
        ) : null}
        {createSetup.data ? (
          <>
            <TotpKeyDetails setup={createSetup.data} />
            <EnableTotpForm />
          </>
        ) : null}
        <Button
          variant={createSetup.data ? 'default' : 'filled'}
          onClick={() => createSetup.mutate()}
          loading={createSetup.isPending}
          style={{ alignSelf: 'flex-start' }}
        >
          {createSetup.data ? 'Create a new setup key' : 'Create a setup key'}
        </Button>

        <Divider />
        <Text size="sm" c="gray.7">
          Not now? You can sign out and come back later; the dashboard stays closed until this is done.
        </Text>
        <Button
          variant="subtle"
          onClick={() => void signOut()}
          loading={signingOut}
          style={{ alignSelf: 'flex-start' }}
        >
          Sign out
        </Button>
      </Stack>
    </PlainLayout>
  );
}
