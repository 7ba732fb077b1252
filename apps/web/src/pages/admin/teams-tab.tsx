import { Button, EmptyState, Group, Modal, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { CareTeamSummary } from '../../api/care-teams';
import { useFetchCareTeams } from '../../api/hooks/use-fetch-care-teams';
import { useUpdateCareTeam } from '../../api/hooks/use-update-care-team';
import { ErrorAlert } from '../../components/error-alert';
import { LoadingState } from '../../components/loading-state';
import { CareTeamForm } from './care-team-form';
import { RenameTeamForm } from './rename-team-form';
import { TeamsTable } from './teams-table';

const TEAMS_HEADING = 'teams-heading';

type Dialog = { kind: 'create' } | { kind: 'rename'; team: CareTeamSummary };

export function TeamsTab() {
  const careTeams = useFetchCareTeams();
  const setting = useUpdateCareTeam();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);

  const changeLeadApproval = (team: CareTeamSummary, requireLeadApproval: boolean) =>
    setting.mutate({ id: team.id, change: { requireLeadApproval } });

  return (
    <section aria-labelledby={TEAMS_HEADING}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id={TEAMS_HEADING}>
          Care teams
        </Title>
        <Button onClick={() => setDialog({ kind: 'create' })}>Add care team</Button>
      </Group>
      <Text size="sm" c="gray.7" mb="sm">
        Discontinuation always needs a prescriber and a therapist of the patient’s team; where lead approval is
        required, a team lead of that team must approve too. Proposals already made keep the rule they started with.
      </Text>
      {setting.isError ? <ErrorAlert title="Setting not saved" error={setting.error} /> : null}
      {careTeams.isPending ? (
        <LoadingState label="Loading care teams…" />
      ) : careTeams.isError ? (
        <ErrorAlert
          title="Could not load care teams"
          error={careTeams.error}
          onRetry={() => void careTeams.refetch()}
        />
      ) : careTeams.data.length === 0 ? (
        <EmptyState title="No care teams yet" description="Add the first team with Add care team." py="lg" />
      ) : (
        <TeamsTable
          teams={careTeams.data}
          labelledBy={TEAMS_HEADING}
          savingId={setting.isPending ? setting.variables?.id : undefined}
          onLeadApprovalChange={changeLeadApproval}
          onRename={(team) => setDialog({ kind: 'rename', team })}
        />
      )}
      <Modal
        closeButtonProps={{ 'aria-label': 'Close' }}
        opened={dialog !== null}
        onClose={close}
        title={dialog?.kind === 'rename' ? `Rename ${dialog.team.name}` : 'Add care team'}
      >
        {dialog?.kind === 'create' ? <CareTeamForm onDone={close} /> : null}
        {dialog?.kind === 'rename' ? <RenameTeamForm team={dialog.team} onDone={close} /> : null}
      </Modal>
    </section>
  );
}
