import { NavLink, Stack } from '@mantine/core';
import { NavLink as RouterNavLink, useMatch } from 'react-router';
import { NAV_ITEMS, type NavItem } from './nav-items';

interface MainNavProps {
  /** Called after a link is followed, so the mobile drawer can close. */
  onNavigate?: () => void;
}

function MainNavLink({ item, onNavigate }: { item: NavItem; onNavigate: (() => void) | undefined }) {
  const match = useMatch({ path: item.to, end: item.end ?? false });
  // The router's NavLink sets aria-current="page"; Mantine's `active` draws the highlight.
  return (
    <NavLink
      component={RouterNavLink}
      to={item.to}
      end={item.end}
      label={item.label}
      active={match !== null}
      fw={match ? 600 : 400}
      onClick={onNavigate}
    />
  );
}

export function MainNav({ onNavigate }: MainNavProps) {
  return (
    <Stack gap={4}>
      {NAV_ITEMS.map((item) => (
        <MainNavLink key={item.to} item={item} onNavigate={onNavigate} />
      ))}
    </Stack>
  );
}
