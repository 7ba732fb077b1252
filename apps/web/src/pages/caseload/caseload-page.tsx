import { EmptyState, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import type { CaseloadFilters, CaseloadItem } from '../../api/caseload';
import { useFetchCareTeams } from '../../api/hooks/use-fetch-care-teams';
import { useFetchCaseload } from '../../api/hooks/use-fetch-caseload';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { CaseloadColumnChooser } from './caseload-column-chooser';
import { formatCount } from './caseload-labels';
import { CaseloadTable } from './caseload-table';
import { CaseloadToolbar } from './caseload-toolbar';
import { FlagDescriptions } from './flag-badge';
import { FlagChips } from './flag-chips';
import { OutreachFilterChip } from './outreach-filter-chip';
import { useCaseloadColumns } from './use-caseload-columns';
import { useCaseloadFilters } from './use-caseload-filters';

const HEADING_ID = 'caseload-heading';
export const SEARCH_DEBOUNCE_MS = 300;

export function CaseloadPage() {
  const navigate = useNavigate();
  const { filters: urlFilters, update } = useCaseloadFilters();
  // The search text is PHI (a name or MRN): component state only, never the URL or storage.
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  const teams = useFetchCareTeams();
  const shown = useCaseloadColumns();

  const filters = useMemo<CaseloadFilters>(
    () => ({ ...urlFilters, q: debouncedSearch || undefined }),
    [urlFilters, debouncedSearch],
  );
  const caseload = useFetchCaseload(filters);
  const items = useMemo(() => caseload.data?.pages.flatMap((page) => page.items) ?? [], [caseload.data]);
  const firstPage = caseload.data?.pages[0];
  const { fetchNextPage } = caseload;
  // Stable, and never cancels a page already on its way (the table may ask again while it loads).
  const loadMore = useCallback(() => void fetchNextPage({ cancelRefetch: false }), [fetchNextPage]);
  const openPatient = (item: CaseloadItem) => navigate(`/patients/${encodeURIComponent(item.patientId)}`);

  return (
    <>
      <PageHeader
        title="Caseload"
        description="Your patients' treatment at a glance. Select a row to open a patient."
      />
      <FlagDescriptions />
      <Paper component="section" aria-labelledby={HEADING_ID} withBorder p="md">
        <Stack gap="sm">
          <CaseloadToolbar
            teams={teams.data ?? []}
            careTeamId={urlFilters.careTeamId}
            onCareTeamChange={(careTeamId) => update({ careTeamId })}
            status={urlFilters.status}
            onStatusChange={(status) => update({ status })}
            search={search}
            onSearchChange={setSearch}
          />
          <Group gap={6} align="center">
            <FlagChips counts={firstPage?.counts} selected={urlFilters.flag} onChange={(flag) => update({ flag })} />
            <OutreachFilterChip
              checked={urlFilters.outreach === 'none'}
              onChange={(checked) => update({ outreach: checked ? 'none' : undefined })}
            />
          </Group>
          <Group justify="space-between" gap="sm">
            <Title order={2} size="h4" id={HEADING_ID}>
              Patients
            </Title>
            <Group gap="xs">
              <CaseloadColumnChooser columns={shown.columns} customised={shown.customised} onChange={shown.choose} />
              <Group gap="xs" role="status">
                {caseload.isFetching && !caseload.isPending ? <Loader size="xs" aria-label="Updating" /> : null}
                {firstPage ? (
                  <Text size="sm" c="gray.7">
                    {formatCount(firstPage.total)} {firstPage.total === 1 ? 'patient' : 'patients'}
                  </Text>
                ) : null}
              </Group>
            </Group>
          </Group>
          {caseload.isError ? (
            <ErrorAlert
              title="Could not load the caseload"
              error={caseload.error}
              onRetry={() => void caseload.refetch()}
            />
          ) : null}
          {caseload.isPending ? <LoadingState label="Loading caseload…" /> : null}
          {firstPage && items.length === 0 ? (
            <EmptyState
              title="No patients match these filters"
              description="Clear a filter or the search to see more."
              py="lg"
            />
          ) : null}
          {items.length > 0 ? (
            <CaseloadTable
              items={items}
              columns={shown.columns}
              compact={shown.compact}
              total={firstPage?.total ?? items.length}
              labelledBy={HEADING_ID}
              sort={urlFilters.sort}
              onSortChange={(sort) => update({ sort })}
              onOpen={openPatient}
              resetKey={JSON.stringify(filters)}
              // Placeholder rows belong to the previous filters: their cursor must not be followed.
              hasNextPage={caseload.hasNextPage && !caseload.isPlaceholderData}
              isFetchingNextPage={caseload.isFetchingNextPage}
              fetchNextPage={loadMore}
            />
          ) : null}
        </Stack>
      </Paper>
    </>
  );
}
