import { Box, Container, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Part2Notice } from './part2-notice';

/** The frame of the pages before the dashboard opens (sign-in, second-factor setup): one card, centred. */
export function PlainLayout({ children }: { children: ReactNode }) {
  return (
    <Box mih="100vh" bg="gray.0" py="xl">
      <Container size={440}>
        <Box component="header" mb="lg">
          <Text fw={700} fz="xl" c="teal.9">
            Naltrack
          </Text>
        </Box>
        <Paper component="main" id="main-content" withBorder shadow="xs" p="xl">
          {children}
        </Paper>
        <Box component="footer" mt="lg">
          <Part2Notice />
        </Box>
      </Container>
    </Box>
  );
}
