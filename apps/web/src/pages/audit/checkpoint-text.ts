import type { AuditVerification } from '../../api/audit';
import { formatEventTime } from './audit-format';

type CheckpointCheck = AuditVerification['checkpoint'];

/** What the last signed checkpoint, kept outside the database, says about the trail. */
export function describeCheckpoint({ id, at, status }: CheckpointCheck): string {
  const written = at ? `, written ${formatEventTime(at)}` : '';
  switch (status) {
    case 'ok':
      return `The trail still holds the last checkpoint (event #${id}${written}).`;
    case 'none':
      return 'No checkpoint has been written outside the database yet.';
    case 'missing_events':
      return `Event #${id} of the last checkpoint${written} is gone: events up to it were deleted.`;
    case 'hash_mismatch':
      return `Event #${id} no longer has the hash the last checkpoint${written} recorded: the trail was rewritten.`;
    case 'invalid_signature':
      return 'The checkpoint file’s signature does not match: the file was altered or signed with another key.';
  }
}
