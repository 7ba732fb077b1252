import { Paper, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { PageHeader } from '../../components/page-header';
import { ExportForm } from './export-form';
import { ExportProgress } from './export-progress';
import { RecentExports } from './recent-exports';
import { useExportSubmit } from './use-export-submit';

/** `/reports`: adherence exports for case reviews, payers and audits, and the user's recent background exports. */
export function ReportsPage() {
  const submit = useExportSubmit();
  const [doneText, setDoneText] = useState<string | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);

  return (
    <>
      <PageHeader
        title="Reports"
        description="Adherence reports per patient and month. Every export carries the 42 CFR Part 2 notice and is recorded as a disclosure."
      />
      <Stack gap="xl">
        <Paper withBorder p="md" radius="md">
          <ExportForm
            pending={submit.isPending}
            error={submit.error}
            doneText={doneText}
            onEdit={() => setDoneText(null)}
            onSubmit={(query) => {
              setDoneText(null);
              submit.mutate(query, {
                onSuccess: (outcome) => {
                  if (outcome.kind === 'downloaded') setDoneText(`Downloaded ${outcome.fileName}.`);
                  else setJobId(outcome.job.id);
                },
              });
            }}
          />
        </Paper>
        {jobId ? <ExportProgress jobId={jobId} /> : null}
        <Stack gap="sm">
          <Title order={2} size="h3">
            Recent exports
          </Title>
          <RecentExports />
        </Stack>
      </Stack>
    </>
  );
}
