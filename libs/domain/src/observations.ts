import { INSTRUMENT_KINDS } from './instruments/instrument-score.js';

export const OBSERVATION_KINDS = [
  'pacs',
  'craving_vas',
  'uds',
  'breath_alcohol',
  'drinks',
  'self_reported_use',
  ...INSTRUMENT_KINDS,
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

/**
 * Every opioid but naltrexone: its use counts as opioid use for induction, relapse and flags.
 * Buprenorphine and methadone are opioids too: naltrexone precipitates withdrawal after them as
 * after any other (the label contraindicates it for anyone opioid-dependent or using opioids).
 */
export const OPIOID_SUBSTANCES = [
  'opioids',
  'heroin',
  'morphine',
  'codeine',
  'oxycodone',
  'hydrocodone',
  'hydromorphone',
  'fentanyl',
  'tramadol',
  'buprenorphine',
  'methadone',
] as const;

/**
 * Substances a urine drug screen reports, as a clinician sees them on a panel: the opiates screen
 * (morphine and codeine), heroin's 6-MAM, each semi-synthetic and synthetic opioid a panel names
 * separately, then the other drug classes. Self-reported use names a substance the same way.
 */
export const UDS_SUBSTANCES = [
  ...OPIOID_SUBSTANCES,
  'alcohol',
  'cocaine',
  'amphetamines',
  'benzodiazepines',
  'cannabis',
] as const;
export type UdsSubstance = (typeof UDS_SUBSTANCES)[number];

export const UDS_SUBSTANCE_LABELS: Record<UdsSubstance, string> = {
  opioids: 'Opioids',
  heroin: 'Heroin (6-MAM)',
  morphine: 'Morphine',
  codeine: 'Codeine',
  oxycodone: 'Oxycodone',
  hydrocodone: 'Hydrocodone',
  hydromorphone: 'Hydromorphone',
  fentanyl: 'Fentanyl',
  tramadol: 'Tramadol',
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

/** Whether a screen's or a self-report's substance is an opioid (self-reports may differ in case). */
export function isOpioidSubstance(substance: string | null | undefined): boolean {
  return (OPIOID_SUBSTANCES as readonly string[]).includes((substance ?? '').trim().toLowerCase());
}

export function isUdsSubstance(value: string): value is UdsSubstance {
  return (UDS_SUBSTANCES as readonly string[]).includes(value);
}
