import { bandOf, type InstrumentScore, type ScoreBand } from './instrument-score.js';
import { checkedItems, type ItemScale, sum, uniformScale } from './item-scale.js';

/**
 * Patient Health Questionnaire-9: nine items over the last two weeks, each 0 (not at all) to 3
 * (nearly every day); total 0-27. Bands from Kroenke, Spitzer & Williams, "The PHQ-9: validity of
 * a brief depression severity measure", J Gen Intern Med 2001;16(9):606-613.
 */
export const PHQ9_SCALE: ItemScale = uniformScale('phq9', 'PHQ-9', 9, 3);

export const PHQ9_BANDS = [
  { band: 'none_minimal', min: 0, max: 4 },
  { band: 'mild', min: 5, max: 9 },
  { band: 'moderate', min: 10, max: 14 },
  { band: 'moderately_severe', min: 15, max: 19 },
  { band: 'severe', min: 20, max: 27 },
] as const satisfies readonly ScoreBand<string>[];
export type Phq9Band = (typeof PHQ9_BANDS)[number]['band'];

/** Item 9: thoughts that you would be better off dead, or of hurting yourself. */
export const PHQ9_SUICIDE_ITEM = 9;

/** Whether item 9 was answered above 0: the trigger of a safety assessment. */
export function phq9Item9Positive(items: readonly number[]): boolean {
  return (items[PHQ9_SUICIDE_ITEM - 1] ?? 0) > 0;
}

export function scorePhq9(items: readonly unknown[]): InstrumentScore & { band: Phq9Band } {
  const scores = checkedItems(PHQ9_SCALE, items);
  const total = sum(scores);
  return {
    total,
    subscores: {},
    band: bandOf(PHQ9_BANDS, total),
    flags: phq9Item9Positive(scores) ? ['item9_positive'] : [],
  };
}
