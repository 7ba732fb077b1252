import './full-styles';

import { AppShell, em, Group, px, useMantineTheme } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Outlet } from 'react-router';
import { AppHeader } from './app-header';
import { MainNav } from './main-nav';
import { Part2Notice } from './part2-notice';
import { SkipLink } from './skip-link';

const MAIN_ID = 'main-content';
const NAV_ID = 'main-navigation';
const NAV_BREAKPOINT = 'sm';

/** True below the breakpoint where the navbar turns into a drawer (Mantine's own max-width rule). */
function useIsNarrow(): boolean {
  const theme = useMantineTheme();
  const breakpointPx = Number(px(theme.breakpoints[NAV_BREAKPOINT]));
  return useMediaQuery(`(max-width: ${em(breakpointPx - 0.1)})`);
}

/** The frame around every page: header with status, main navigation, Part 2 notice. */
export function AppLayout() {
  const [navOpened, nav] = useDisclosure(false);
  // A closed drawer is only moved off screen: inert keeps its links out of the tab order.
  const navHidden = useIsNarrow() && !navOpened;

  return (
    <>
      <SkipLink targetId={MAIN_ID} />
      <AppShell
        header={{ height: 56 }}
        footer={{ height: { base: 52, sm: 36 } }}
        navbar={{ width: 240, breakpoint: NAV_BREAKPOINT, collapsed: { mobile: !navOpened } }}
        padding="lg"
      >
        <AppShell.Header>
          <AppHeader navOpened={navOpened} onToggleNav={nav.toggle} navId={NAV_ID} />
        </AppShell.Header>
        <AppShell.Navbar id={NAV_ID} aria-label="Main" p="sm" inert={navHidden}>
          <MainNav onNavigate={nav.close} />
        </AppShell.Navbar>
        {/* tabIndex lets the skip link move focus here. */}
        <AppShell.Main id={MAIN_ID} tabIndex={-1}>
          <Outlet />
        </AppShell.Main>
        <AppShell.Footer>
          <Group h="100%" px="md" wrap="nowrap">
            <Part2Notice />
          </Group>
        </AppShell.Footer>
      </AppShell>
    </>
  );
}
