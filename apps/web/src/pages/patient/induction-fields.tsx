import { Checkbox, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { CHALLENGE_RESULTS, PRIOR_AGONISTS } from '@naltrack/domain';
import type { NaltrexoneStartDraft } from './naltrexone-start-fields';
import { CHALLENGE_RESULT_LABELS, PRIOR_AGONIST_LABELS } from './patient-format';

const agonistOptions = [
  { value: '', label: 'None' },
  ...PRIOR_AGONISTS.map((value) => ({ value, label: PRIOR_AGONIST_LABELS[value] })),
];
const challengeOptions = CHALLENGE_RESULTS.map((value) => ({ value, label: CHALLENGE_RESULT_LABELS[value] }));

interface InductionFieldsProps {
  draft: NaltrexoneStartDraft;
  set: <K extends keyof NaltrexoneStartDraft>(key: K, value: NaltrexoneStartDraft[K]) => void;
  errorAt: (field: string) => string | undefined;
}

/**
 * What every naltrexone start needs checked, whatever the diagnosis: opioid-free days, screen,
 * challenge. A patient who never used opioids leaves the date empty (not in opioid use disorder).
 */
export function OpioidUseFields({ draft, set, errorAt }: InductionFieldsProps) {
  return (
    <SimpleGrid minColWidth={190} spacing="sm">
      <TextInput
        type="date"
        label="Last opioid use"
        description="Any opioid, methadone and buprenorphine included. Empty: no opioid use."
        value={draft.lastOpioidUseOn}
        onChange={(e) => set('lastOpioidUseOn', e.currentTarget.value)}
        error={errorAt('lastOpioidUseOn')}
      />
      <NativeSelect
        label="Prior methadone or buprenorphine"
        data={agonistOptions}
        value={draft.priorAgonist}
        onChange={(e) => set('priorAgonist', e.currentTarget.value as NaltrexoneStartDraft['priorAgonist'])}
        error={errorAt('priorAgonist')}
      />
      <NativeSelect
        label="Opioid drug screen"
        data={challengeOptions}
        value={draft.opioidScreen}
        onChange={(e) => set('opioidScreen', e.currentTarget.value as NaltrexoneStartDraft['opioidScreen'])}
        error={errorAt('opioidScreen')}
      />
      <NativeSelect
        label="Naloxone challenge"
        data={challengeOptions}
        value={draft.naloxoneChallenge}
        onChange={(e) => set('naloxoneChallenge', e.currentTarget.value as NaltrexoneStartDraft['naloxoneChallenge'])}
        error={errorAt('naloxoneChallenge')}
      />
    </SimpleGrid>
  );
}

/** Liver function tests, needed before oral naltrexone. */
export function LiverFunctionFields({ draft, set, errorAt }: InductionFieldsProps) {
  return (
    <SimpleGrid minColWidth={120} spacing="sm">
      <TextInput
        type="number"
        label="ALT"
        inputMode="decimal"
        value={draft.alt}
        onChange={(e) => set('alt', e.currentTarget.value)}
        error={errorAt('lft.alt')}
      />
      <TextInput
        type="number"
        label="AST"
        inputMode="decimal"
        value={draft.ast}
        onChange={(e) => set('ast', e.currentTarget.value)}
        error={errorAt('lft.ast')}
      />
      <TextInput
        type="number"
        label="Upper limit of normal"
        description="For ALT and AST, same unit."
        inputMode="decimal"
        value={draft.uln}
        onChange={(e) => set('uln', e.currentTarget.value)}
        error={errorAt('lft.uln')}
      />
      <Checkbox
        label="Bilirubin normal"
        mt="lg"
        checked={draft.bilirubinNormal}
        onChange={(e) => set('bilirubinNormal', e.currentTarget.checked)}
        error={errorAt('lft.bilirubinNormal')}
      />
    </SimpleGrid>
  );
}
