import { Anchor, Button, Code, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import type { TotpSetup } from '../../api/auth';

/** Groups of four are easier to type into a phone; authenticator apps ignore the spaces. */
export function groupInFours(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

/** The new secret, to type or paste into an authenticator app; no QR code, so no extra library. */
export function TotpKeyDetails({ setup }: { setup: TotpSetup }) {
  return (
    <Stack gap="sm">
      <div>
        <Text size="sm" fw={600} id="totp-secret-label">
          Setup key
        </Text>
        <Group gap="sm" wrap="nowrap" align="center">
          <Code aria-labelledby="totp-secret-label" fz="md" style={{ wordBreak: 'break-all' }}>
            {groupInFours(setup.secret)}
          </Code>
          <CopyButton value={setup.secret}>
            {({ copied, copy }) => (
              <Button size="xs" variant="default" onClick={copy}>
                {copied ? 'Copied' : 'Copy key'}
              </Button>
            )}
          </CopyButton>
        </Group>
      </div>
      <TextInput
        label="Setup link"
        description="Some password managers and authenticator apps accept this link instead of the key."
        value={setup.otpauthUri}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
      />
      <Anchor href={setup.otpauthUri} size="sm">
        Open the setup link in an authenticator app on this device
      </Anchor>
    </Stack>
  );
}
