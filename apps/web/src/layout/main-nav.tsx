import { Badge, NavLink, Stack } from '@mantine/core';
import { NavLink as RouterNavLink, useMatch } from 'react-router';
import { useFetchApprovalsInbox } from '../api/hooks/use-fetch-approvals-inbox';
import { useSignedInUser } from '../auth/signed-in-user';
import { type NavBadge, type NavItem, navItemsFor } from './nav-items';

interface MainNavProps {
  /** Called after a link is followed, so the mobile drawer can close. */
  onNavigate?: () => void;
}

/** The number of requests waiting for the user's decision. */
function ApprovalsCount() {
  const inbox = useFetchApprovalsInbox();
  const count = inbox.data?.length ?? 0;
  if (count === 0) return null;
  return (
    <Badge size="sm" circle={count < 10} color="red.9" aria-label={`${count} awaiting your decision`}>
      {count}
    </Badge>
  );
}

const BADGES: Record<NavBadge, () => React.JSX.Element | null> = { approvals: ApprovalsCount };

function MainNavLink({ item, onNavigate }: { item: NavItem; onNavigate: (() => void) | undefined }) {
  const match = useMatch({ path: item.to, end: item.end ?? false });
  const ItemBadge = item.badge ? BADGES[item.badge] : null;
  // The router's NavLink sets aria-current="page"; Mantine's `active` draws the highlight.
  return (
    <NavLink
      component={RouterNavLink}
      to={item.to}
      end={item.end}
      label={item.label}
      rightSection={ItemBadge ? <ItemBadge /> : undefined}
      active={match !== null}
      fw={match ? 600 : 400}
      onClick={onNavigate}
    />
  );
}

export function MainNav({ onNavigate }: MainNavProps) {
  const user = useSignedInUser();
  return (
    <Stack gap={4}>
      {navItemsFor(user.roles).map((item) => (
        <MainNavLink key={item.to} item={item} onNavigate={onNavigate} />
      ))}
    </Stack>
  );
}
