import { MantineProvider } from '@mantine/core';
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { SessionProvider } from './auth/session-provider';
import { readableCssVariables, theme } from './theme';

interface AppProvidersProps {
  queryClient: QueryClient;
  children: ReactNode;
}

/** Theme, data cache and session watch around the router; tests wrap their own router with the same providers. */
export function AppProviders({ queryClient, children }: AppProvidersProps) {
  return (
    // Light only for now: the CSP forbids Mantine's inline color-scheme script.
    <MantineProvider theme={theme} cssVariablesResolver={readableCssVariables} forceColorScheme="light">
      <QueryClientProvider client={queryClient}>
        <SessionProvider>{children}</SessionProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
