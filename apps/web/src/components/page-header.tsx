import { Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: string;
  description?: ReactNode;
}

/** The page's one h1, mirrored in the browser tab so clinicians can tell open tabs apart. */
export function PageHeader({ title, description }: PageHeaderProps) {
  useDocumentTitle(`${title} · Naltrack`);
  return (
    <Stack gap={4} mb="lg">
      <Title order={1}>{title}</Title>
      {description ? <Text c="gray.7">{description}</Text> : null}
    </Stack>
  );
}
