import { Box, Button, EmptyState, Group, Paper, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useFetchAuditEvents } from '../../api/hooks/use-fetch-audit-events';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { needsFormAlert } from '../patient/api-field-errors';
import { AuditFiltersForm } from './audit-filters-form';
import { formatCount } from './audit-format';
import { AuditTable } from './audit-table';
import { toApiFilters, useAuditFilters } from './use-audit-filters';
import { VerifyPanel } from './verify-panel';

const EVENTS_HEADING = 'audit-events-heading';
const FILTER_FIELDS = ['actorId', 'action', 'patientId', 'from', 'to'];

/** `/audit`: the trail for auditors, filtered from the address, newest first, and its verification. */
export function AuditPage() {
  const { filters, update } = useAuditFilters();
  const apiFilters = useMemo(() => toApiFilters(filters), [filters]);
  const events = useFetchAuditEvents(apiFilters);
  const items = useMemo(() => events.data?.pages.flatMap((page) => page.items) ?? [], [events.data]);
  const seenActions = useMemo(() => [...new Set(items.map((event) => event.action))], [items]);

  return (
    <>
      <PageHeader
        title="Audit trail"
        description="Every request to the API, newest first: who, which route, which patient (by id only) and the outcome. Never clinical values."
      />
      <VerifyPanel />
      <Paper component="section" aria-labelledby={EVENTS_HEADING} withBorder p="md">
        <Title order={2} size="h4" id={EVENTS_HEADING} mb="sm">
          Events
        </Title>
        {/* Remounted when the address changes (a click in the table), so the form shows what applies. */}
        <AuditFiltersForm
          key={JSON.stringify(filters)}
          filters={filters}
          seenActions={seenActions}
          error={events.error}
          onApply={update}
        />
        <Box mt="md">
          {events.isPending ? (
            <LoadingState label="Loading audit events…" />
          ) : events.isError && items.length === 0 ? (
            // A refused filter is marked at its field above; anything else is explained here.
            needsFormAlert(events.error, FILTER_FIELDS) ? (
              <ErrorAlert
                title="Could not load audit events"
                error={events.error}
                onRetry={() => void events.refetch()}
              />
            ) : (
              <Text c="gray.7">Correct the filter marked above.</Text>
            )
          ) : items.length === 0 ? (
            <EmptyState
              title="No events match these filters"
              description="Widen the dates or clear a filter."
              py="lg"
            />
          ) : (
            <>
              {events.isError ? (
                <ErrorAlert
                  title="Could not load more events"
                  error={events.error}
                  onRetry={() => void events.fetchNextPage()}
                />
              ) : null}
              <AuditTable
                events={items}
                labelledBy={EVENTS_HEADING}
                onFilterActor={(actorId) => update({ actorId })}
                onFilterPatient={(patientId) => update({ patientId })}
              />
              <Group justify="space-between" mt="sm">
                <Text size="sm" c="gray.7" role="status">
                  {formatCount(items.length)} events shown{events.hasNextPage ? '; older ones follow' : ''}
                </Text>
                {events.hasNextPage ? (
                  <Button
                    variant="default"
                    onClick={() => void events.fetchNextPage()}
                    loading={events.isFetchingNextPage}
                  >
                    Load more
                  </Button>
                ) : null}
              </Group>
            </>
          )}
        </Box>
      </Paper>
    </>
  );
}
