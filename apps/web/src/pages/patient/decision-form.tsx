import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import type { Decision } from '@naltrack/domain';
import { useState } from 'react';
import { errorMessageOf } from '../../api/api-error';
import { useCreateDiscontinuationDecision } from '../../api/hooks/use-create-discontinuation-decision';
import { fieldErrorOf } from './api-field-errors';

interface DecisionFormProps {
  patientId: string;
  requestId: string;
}

/** Approve or reject with a comment; the API decides who may (proposer, non-approver, already decided). */
export function DecisionForm({ patientId, requestId }: DecisionFormProps) {
  const decide = useCreateDiscontinuationDecision(patientId, requestId);
  const [comment, setComment] = useState('');
  const [commentMissing, setCommentMissing] = useState(false);
  const commentError = commentMissing ? 'Add a comment for the team' : fieldErrorOf(decide.error, 'comment');

  const submit = (decision: Decision) => {
    // The comment is the team's record of why; asked for before a round trip.
    if (comment.trim() === '') {
      setCommentMissing(true);
      return;
    }
    decide.mutate({ decision, comment: comment.trim() }, { onSuccess: () => setComment('') });
  };

  return (
    <Stack gap="xs" component="form" aria-label="Decide on this request" onSubmit={(e) => e.preventDefault()}>
      {decide.error && !fieldErrorOf(decide.error, 'comment') ? (
        <Alert color="red" variant="light" title="Decision not recorded">
          {errorMessageOf(decide.error)}
        </Alert>
      ) : null}
      <Textarea
        label="Comment"
        minRows={2}
        value={comment}
        onChange={(e) => {
          setComment(e.currentTarget.value);
          setCommentMissing(false);
        }}
        error={commentError}
      />
      <Group gap="sm">
        <Button
          color="teal"
          loading={decide.isPending && decide.variables?.decision === 'approve'}
          disabled={decide.isPending}
          onClick={() => submit('approve')}
        >
          Approve
        </Button>
        <Button
          color="red"
          variant="outline"
          loading={decide.isPending && decide.variables?.decision === 'reject'}
          disabled={decide.isPending}
          onClick={() => submit('reject')}
        >
          Reject
        </Button>
      </Group>
    </Stack>
  );
}
