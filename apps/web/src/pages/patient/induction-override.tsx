import { Alert, Button, Group, List, Stack, Text, Textarea } from '@mantine/core';
import type { InductionFailure } from '@naltrack/domain';
import { ApiError } from '../../api/api-error';
import { INDUCTION_PREREQUISITES_NOT_MET } from '../../api/medication';

function isInductionFailure(value: unknown): value is InductionFailure {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as InductionFailure).rule === 'string' &&
    typeof (value as InductionFailure).message === 'string'
  );
}

/** The failing prerequisites of a 422 INDUCTION_PREREQUISITES_NOT_MET; null for any other error. */
export function inductionFailuresOf(error: unknown): InductionFailure[] | null {
  if (!(error instanceof ApiError) || error.code !== INDUCTION_PREREQUISITES_NOT_MET) return null;
  const failures = (error.details as { failures?: unknown } | undefined)?.failures;
  return Array.isArray(failures) ? failures.filter(isInductionFailure) : [];
}

interface InductionOverrideProps {
  failures: readonly InductionFailure[];
  reason: string;
  onReasonChange: (reason: string) => void;
  reasonError: string | undefined;
  pending: boolean;
  onOverride: () => void;
}

/**
 * The server refused the start: every failing reason, and the prescriber's way to start anyway
 * with a reason that is kept with the start (and audited).
 */
export function InductionOverride({
  failures,
  reason,
  onReasonChange,
  reasonError,
  pending,
  onOverride,
}: InductionOverrideProps) {
  return (
    <Alert color="red" variant="light" title="Prerequisites not met: naltrexone was not started">
      <Stack gap="sm">
        <List size="sm" spacing={4} aria-label="Unmet prerequisites">
          {failures.map((failure) => (
            <List.Item key={failure.rule}>{failure.message}</List.Item>
          ))}
        </List>
        <Text size="sm">Correct the values above, or start anyway with your clinical reason.</Text>
        <Textarea
          label="Override reason"
          description="Why naltrexone should start despite these (at least 10 characters). Kept with the start."
          required
          minRows={2}
          value={reason}
          onChange={(e) => onReasonChange(e.currentTarget.value)}
          error={reasonError}
        />
        <Group>
          <Button color="red" onClick={onOverride} loading={pending}>
            Start with override
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
