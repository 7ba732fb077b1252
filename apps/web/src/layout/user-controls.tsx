import { Button, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { roleLabelsOf } from '../auth/role-labels';
import { useSignedInUser } from '../auth/signed-in-user';
import { useSignOut } from '../auth/use-sign-out';

/** Who is signed in (shared workstations: make it obvious) and the way out. */
export function UserControls() {
  const user = useSignedInUser();
  const { signOut, isPending } = useSignOut();

  return (
    <Group gap="sm" wrap="nowrap">
      <Stack gap={0} align="flex-end" visibleFrom="sm">
        <Text size="sm" fw={600} lh={1.3}>
          <VisuallyHidden>Signed in as </VisuallyHidden>
          {user.displayName}
        </Text>
        <Text size="xs" c="gray.7" lh={1.3}>
          <VisuallyHidden>Roles: </VisuallyHidden>
          {roleLabelsOf(user.roles)}
        </Text>
      </Stack>
      <Button variant="default" size="xs" onClick={() => void signOut()} loading={isPending}>
        Sign out
      </Button>
    </Group>
  );
}
