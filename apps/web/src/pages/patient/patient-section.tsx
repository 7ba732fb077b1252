import { Paper, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';

/** A titled panel of the patient page; the heading names the region for screen readers. */
export function PatientSection({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md">
      <Title order={2} size="h4" id={headingId} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}
