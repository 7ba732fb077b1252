import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { type Diagnosis, FORMULATIONS, type Formulation, type InductionFailure, type Role } from '@naltrack/domain';
import { type FormEvent, useState } from 'react';
import { useCreateNaltrexoneStart } from '../../api/hooks/use-create-naltrexone-start';
import { useFetchCurrentUser } from '../../api/hooks/use-fetch-current-user';
import { useFetchPatientObservations } from '../../api/hooks/use-fetch-patient-observations';
import { useClinicToday } from '../../auth/use-clinic-today';
import { fieldErrorOf } from './api-field-errors';
import { FormFeedback } from './form-feedback';
import { InductionChecklist } from './induction-checklist';
import { LiverFunctionFields, OpioidUseFields } from './induction-fields';
import { InductionOverride, inductionFailuresOf } from './induction-override';
import { DEFAULT_DOSE_MG, type NaltrexoneStartDraft, rulesFor, toNewNaltrexoneStart } from './naltrexone-start-fields';
import { FORMULATION_LABELS } from './patient-format';
import { mayRecord } from './recording-access';
import { useRecordDraft } from './use-record-draft';

/** The API lets only prescribers start naltrexone (403 for others). */
const RECORDING_ROLES: readonly Role[] = ['prescriber'];
const NOT_ALLOWED = 'Only prescribers can start naltrexone. Ask the patient’s prescriber.';
const SHOWN_FIELDS = [
  'formulation',
  'doseMg',
  'startedOn',
  'lastOpioidUseOn',
  'priorAgonist',
  'opioidScreen',
  'naloxoneChallenge',
  'lft.alt',
  'lft.ast',
  'lft.uln',
  'lft.bilirubinNormal',
  'overrideReason',
];

const formulationOptions = FORMULATIONS.map((value) => ({ value, label: FORMULATION_LABELS[value] }));

function emptyDraft(today: string): NaltrexoneStartDraft {
  return {
    formulation: 'xr_injection',
    doseMg: DEFAULT_DOSE_MG.xr_injection,
    startedOn: today,
    lastOpioidUseOn: '',
    priorAgonist: '',
    opioidScreen: 'not_done',
    naloxoneChallenge: 'not_done',
    alt: '',
    ast: '',
    uln: '',
    bilirubinNormal: true,
  };
}

interface NaltrexoneStartFormProps {
  patientId: string;
  diagnoses: readonly Diagnosis[];
}

/** Starts (or re-starts) naltrexone after its prerequisites, or with a prescriber's override. */
export function NaltrexoneStartForm({ patientId, diagnoses }: NaltrexoneStartFormProps) {
  const currentUser = useFetchCurrentUser();
  const start = useCreateNaltrexoneStart(patientId);
  // The API checks the record's own opioid use; the checklist shows it before the start is sent.
  const observations = useFetchPatientObservations(patientId);
  const today = useClinicToday();
  // Kept apart from the mutation's error: a refused override (e.g. a short reason) still shows them.
  const [refusedFor, setRefusedFor] = useState<InductionFailure[] | null>(null);
  const [overrideReason, setOverrideReason] = useState('');
  const { draft, setDraft, set, savedText, setSavedText } = useRecordDraft<NaltrexoneStartDraft>(
    () => emptyDraft(today),
    () => {
      // Other values may meet the prerequisites: the refusal was for the old ones.
      setRefusedFor(null);
      start.reset();
    },
  );

  if (!mayRecord(currentUser.data?.roles, RECORDING_ROLES, start.error)) {
    return (
      <Text size="sm" c="gray.7">
        {NOT_ALLOWED}
      </Text>
    );
  }

  const rules = rulesFor(draft);
  const error = start.error;
  const errorAt = (field: string) => fieldErrorOf(error, field);
  const send = (reason?: string) => {
    const body = toNewNaltrexoneStart(draft);
    start.mutate(reason === undefined ? body : { ...body, overrideReason: reason.trim() }, {
      onSuccess: (started) => {
        setDraft(emptyDraft(today));
        setRefusedFor(null);
        setOverrideReason('');
        setSavedText(
          started.overridden
            ? 'Naltrexone started with an override; the unmet prerequisites are kept with your reason.'
            : 'Naltrexone started. Status and metrics are updated.',
        );
      },
      onError: (refusal) => {
        const failures = inductionFailuresOf(refusal);
        if (failures) setRefusedFor(failures);
      },
    });
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send();
  };
  const setFormulation = (formulation: Formulation) => {
    set('formulation', formulation);
    set('doseMg', DEFAULT_DOSE_MG[formulation]);
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Record naltrexone start">
      <Stack gap="sm">
        <FormFeedback
          error={inductionFailuresOf(error) ? null : error}
          shownFields={SHOWN_FIELDS}
          failedTitle="Not started"
          savedText={savedText}
        />
        <SimpleGrid minColWidth={150} spacing="sm">
          <NativeSelect
            label="Formulation"
            data={formulationOptions}
            value={draft.formulation}
            onChange={(e) => setFormulation(e.currentTarget.value as Formulation)}
            error={errorAt('formulation')}
          />
          <TextInput
            type="number"
            label="Dose (mg)"
            required
            inputMode="decimal"
            value={draft.doseMg}
            onChange={(e) => set('doseMg', e.currentTarget.value)}
            error={errorAt('doseMg')}
          />
          <TextInput
            type="date"
            label="Start date"
            required
            value={draft.startedOn}
            onChange={(e) => set('startedOn', e.currentTarget.value)}
            error={errorAt('startedOn')}
          />
        </SimpleGrid>
        {rules.includes('opioid_free_days') ? <OpioidUseFields draft={draft} set={set} errorAt={errorAt} /> : null}
        {rules.includes('liver_function') ? <LiverFunctionFields draft={draft} set={set} errorAt={errorAt} /> : null}
        <InductionChecklist draft={draft} diagnoses={diagnoses} observations={observations.data ?? []} />
        {refusedFor ? (
          <InductionOverride
            failures={refusedFor}
            reason={overrideReason}
            onReasonChange={setOverrideReason}
            reasonError={errorAt('overrideReason')}
            pending={start.isPending}
            onOverride={() => send(overrideReason)}
          />
        ) : null}
        <Group>
          <Button type="submit" loading={start.isPending && !refusedFor}>
            Start naltrexone
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
