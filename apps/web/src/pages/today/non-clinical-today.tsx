import { Anchor, List, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { CurrentUser } from '../../api/auth';

/** Administrators and auditors see no clinical data: the page points to their own work instead. */
export function NonClinicalToday({ user }: { user: CurrentUser }) {
  return (
    <>
      <Text mb="md">Your account does not see patients, so there is no clinical worklist for you here.</Text>
      <List spacing="xs">
        {user.roles.includes('admin') ? (
          <List.Item>
            <Anchor component={Link} to="/admin">
              Admin
            </Anchor>
            : add users, change their roles and manage care teams.
          </List.Item>
        ) : null}
        {user.roles.includes('auditor') ? (
          <List.Item>
            <Anchor component={Link} to="/audit">
              Audit
            </Anchor>
            : read the audit trail and verify its chain.
          </List.Item>
        ) : null}
      </List>
    </>
  );
}
