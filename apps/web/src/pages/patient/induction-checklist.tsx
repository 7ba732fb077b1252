import { List, Text, ThemeIcon, Title } from '@mantine/core';
import {
  checkInductionPrerequisites,
  DEFAULT_CLINICAL_SETTINGS,
  type Diagnosis,
  type InductionRule,
  type OpioidUseObservation,
} from '@naltrack/domain';
import { inductionInputOf, type NaltrexoneStartDraft, rulesFor } from './naltrexone-start-fields';

const { opioidFreeDays, opioidFreeDaysAfterAgonist, lftMaxUlnMultiple } = DEFAULT_CLINICAL_SETTINGS;

export const INDUCTION_RULE_LABELS: Record<InductionRule, string> = {
  opioid_free_days: `${opioidFreeDays} whole opioid-free days before the start (${opioidFreeDaysAfterAgonist} after methadone or buprenorphine)`,
  opioid_screen: 'Opioid drug screen not positive',
  naloxone_challenge: 'Naloxone challenge not positive',
  liver_function: `ALT and AST at most ${lftMaxUlnMultiple}× ULN, bilirubin normal`,
};

interface InductionChecklistProps {
  draft: NaltrexoneStartDraft;
  diagnoses: readonly Diagnosis[];
  /** The patient's recorded screens and self-reports, which the API checks too. */
  observations: readonly OpioidUseObservation[];
}

/**
 * The prerequisites as the values entered so far and the patient's record meet them, by the same
 * domain rule the API runs (with the default thresholds; the server checks again with the clinic's
 * settings). The opioid ones apply whatever the diagnosis.
 */
export function InductionChecklist({ draft, diagnoses, observations }: InductionChecklistProps) {
  const rules = rulesFor(draft);
  const input = inductionInputOf(draft, diagnoses, observations);
  if (input === null) {
    return (
      <Text size="sm" c="gray.7">
        Enter the start date to check the prerequisites.
      </Text>
    );
  }
  const { failures } = checkInductionPrerequisites(input);
  return (
    <div>
      <Title order={3} size="h6" mb={4}>
        Prerequisites {failures.length === 0 ? '(all met)' : `(${failures.length} not met)`}
      </Title>
      <List spacing={4} size="sm" aria-label="Induction prerequisites" center>
        {rules.map((rule) => {
          const failure = failures.find((f) => f.rule === rule);
          return (
            <List.Item
              key={rule}
              icon={
                <ThemeIcon size={18} radius="xl" color={failure ? 'red' : 'teal'} variant="light" aria-hidden>
                  {failure ? '✗' : '✓'}
                </ThemeIcon>
              }
            >
              <Text span size="sm" fw={500}>
                {INDUCTION_RULE_LABELS[rule]}
              </Text>{' '}
              <Text span size="sm">
                — {failure ? `not met: ${failure.message}` : 'met'}
              </Text>
            </List.Item>
          );
        })}
      </List>
    </div>
  );
}
