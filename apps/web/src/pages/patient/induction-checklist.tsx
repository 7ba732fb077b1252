import { List, Text, ThemeIcon, Title } from '@mantine/core';
import {
  type ClinicalSettings,
  checkInductionPrerequisites,
  type Diagnosis,
  type InductionRule,
  type OpioidUseObservation,
} from '@naltrack/domain';
import { useFetchClinicalSettings } from '../../api/hooks/use-fetch-clinical-settings';
import { SettingsPending } from '../../components/settings-pending';
import { inductionInputOf, type NaltrexoneStartDraft, rulesFor } from './naltrexone-start-fields';

/** Each prerequisite in words, with the clinic's thresholds. */
function inductionRuleLabels(
  settings: Pick<ClinicalSettings, 'opioidFreeDays' | 'opioidFreeDaysAfterAgonist' | 'lftMaxUlnMultiple'>,
): Record<InductionRule, string> {
  return {
    opioid_free_days: `${settings.opioidFreeDays} whole opioid-free days before the start (${settings.opioidFreeDaysAfterAgonist} after methadone or buprenorphine)`,
    opioid_screen: 'Opioid drug screen not positive',
    naloxone_challenge: 'Naloxone challenge not positive',
    liver_function: `ALT and AST at most ${settings.lftMaxUlnMultiple}× ULN, bilirubin normal`,
  };
}

interface InductionChecklistProps {
  draft: NaltrexoneStartDraft;
  diagnoses: readonly Diagnosis[];
  /** The patient's recorded screens and self-reports, which the API checks too. */
  observations: readonly OpioidUseObservation[];
}

/**
 * The prerequisites as the values entered so far and the patient's record meet them, by the same
 * domain rule and the same clinic's settings the API runs (the server checks again on saving).
 * The opioid ones apply whatever the diagnosis.
 */
export function InductionChecklist({ draft, diagnoses, observations }: InductionChecklistProps) {
  const settings = useFetchClinicalSettings();
  const rules = rulesFor(draft);
  const input = inductionInputOf(draft, diagnoses, observations);
  if (input === null) {
    return (
      <Text size="sm" c="gray.7">
        Enter the start date to check the prerequisites.
      </Text>
    );
  }
  if (!settings.data) return <SettingsPending settings={settings} label="Loading the prerequisites…" />;
  const { failures } = checkInductionPrerequisites(input, settings.data);
  const labels = inductionRuleLabels(settings.data);
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
                {labels[rule]}
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
