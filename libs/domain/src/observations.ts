export const OBSERVATION_KINDS = [
  'pacs',
  'craving_vas',
  'uds',
  'breath_alcohol',
  'drinks',
  'self_reported_use',
] as const;
export type ObservationKind = (typeof OBSERVATION_KINDS)[number];

/** Penn Alcohol Craving Scale: 5 items scored 0-6, total 0-30. */
export const PACS_ITEM_COUNT = 5;
export const PACS_ITEM_MAX = 6;
export const PACS_TOTAL_MAX = PACS_ITEM_COUNT * PACS_ITEM_MAX;

/** Craving visual analogue scale, 0-100. */
export const CRAVING_VAS_MAX = 100;

export function isValidPacsItems(items: readonly unknown[]): items is number[] {
  return (
    items.length === PACS_ITEM_COUNT &&
    items.every((v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= PACS_ITEM_MAX)
  );
}

export function pacsTotal(items: readonly number[]): number {
  if (!isValidPacsItems(items)) {
    throw new RangeError(`PACS needs ${PACS_ITEM_COUNT} whole-number items from 0 to ${PACS_ITEM_MAX}`);
  }
  return items.reduce((sum, v) => sum + v, 0);
}

/** Substances a urine drug screen reports; self-reported use names the same ones. */
export const UDS_SUBSTANCES = [
  'opioids',
  'fentanyl',
  'buprenorphine',
  'methadone',
  'alcohol',
  'cocaine',
  'amphetamines',
  'benzodiazepines',
  'cannabis',
] as const;
export type UdsSubstance = (typeof UDS_SUBSTANCES)[number];

export const UDS_SUBSTANCE_LABELS: Record<UdsSubstance, string> = {
  opioids: 'Opioids',
  fentanyl: 'Fentanyl',
  buprenorphine: 'Buprenorphine',
  methadone: 'Methadone',
  alcohol: 'Alcohol (EtG)',
  cocaine: 'Cocaine',
  amphetamines: 'Amphetamines',
  benzodiazepines: 'Benzodiazepines',
  cannabis: 'Cannabis',
};

export const SCREEN_RESULTS = ['positive', 'negative'] as const;
export type ScreenResult = (typeof SCREEN_RESULTS)[number];

/**
 * Substances whose use counts as opioid use for X:BOT relapse. Methadone and buprenorphine are
 * left out: a positive often reflects prescribed agonist treatment, not illicit opioid use.
 */
export const OPIOID_SUBSTANCES: readonly UdsSubstance[] = ['opioids', 'fentanyl'];

export function isOpioidSubstance(substance: string | null | undefined): boolean {
  return (OPIOID_SUBSTANCES as readonly string[]).includes(substance ?? '');
}

export function isUdsSubstance(value: string): value is UdsSubstance {
  return (UDS_SUBSTANCES as readonly string[]).includes(value);
}
