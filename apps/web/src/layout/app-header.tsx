import { Anchor, Burger, Group } from '@mantine/core';
import { Link } from 'react-router';
import { HealthIndicator } from './health-indicator';
import { UserControls } from './user-controls';

interface AppHeaderProps {
  navOpened: boolean;
  onToggleNav: () => void;
  navId: string;
}

export function AppHeader({ navOpened, onToggleNav, navId }: AppHeaderProps) {
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={navOpened ? 'Close navigation' : 'Open navigation'}
          aria-expanded={navOpened}
          aria-controls={navId}
        />
        <Anchor component={Link} to="/" fw={700} fz="lg" c="teal.9" underline="never">
          Naltrack
        </Anchor>
      </Group>
      <Group gap="lg" wrap="nowrap">
        <HealthIndicator />
        <UserControls />
      </Group>
    </Group>
  );
}
