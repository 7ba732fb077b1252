import { Anchor, Text } from '@mantine/core';
import type { Role } from '@naltrack/domain';
import { Link, Outlet } from 'react-router';
import { PageHeader } from '../components/page-header';
import { ROLE_LABELS } from './role-labels';
import { useSignedInUser } from './signed-in-user';

const anyOf = new Intl.ListFormat('en', { type: 'disjunction' });
const allOf = new Intl.ListFormat('en', { type: 'conjunction' });
const labelsOf = (roles: readonly Role[]) => roles.map((role) => ROLE_LABELS[role].toLowerCase());

interface RequireRoleProps {
  /** The page is for users holding any one of these roles. */
  roles: readonly Role[];
}

/**
 * Route guard for pages of one role (admin, audit): anyone else who types the address gets an
 * explanation, not a page of 403 errors. The API stays the authority on every request.
 */
export function RequireRole({ roles }: RequireRoleProps) {
  const user = useSignedInUser();
  if (user.roles.some((role) => roles.includes(role))) return <Outlet />;
  return (
    <>
      <PageHeader title="Not available for your role" />
      <Text mb="md">
        This page is for {anyOf.format(labelsOf(roles))} accounts; yours is {allOf.format(labelsOf(user.roles))}. Ask an
        administrator if you need access.
      </Text>
      <Anchor component={Link} to="/">
        Go to Today
      </Anchor>
    </>
  );
}
