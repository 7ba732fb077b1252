import { Anchor, Button, Container, Group, Stack, Text, Title } from '@mantine/core';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

/** Shown instead of a blank screen when a page crashes while rendering; no internals are displayed. */
export function RouteErrorPage() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error)
    ? `The page answered ${error.status} ${error.statusText}.`
    : 'An unexpected error stopped this page from loading.';

  return (
    <Container size="sm" py="xl">
      <main>
        <Stack gap="md">
          <Title order={1}>Something went wrong</Title>
          <Text>{detail}</Text>
          <Group>
            <Button onClick={() => window.location.reload()}>Reload the page</Button>
            <Anchor component={Link} to="/">
              Go to Today
            </Anchor>
          </Group>
        </Stack>
      </main>
    </Container>
  );
}
