import { bandOf, type InstrumentScore, type ScoreBand } from './instrument-score.js';
import { checkedItems, type ItemScale, sum, uniformScale } from './item-scale.js';

/**
 * Generalized Anxiety Disorder-7: seven items over the last two weeks, each 0-3; total 0-21.
 * Bands from Spitzer, Kroenke, Williams & Löwe, "A brief measure for assessing generalized anxiety
 * disorder: the GAD-7", Arch Intern Med 2006;166(10):1092-1097.
 */
export const GAD7_SCALE: ItemScale = uniformScale('gad7', 'GAD-7', 7, 3);

export const GAD7_BANDS = [
  { band: 'minimal', min: 0, max: 4 },
  { band: 'mild', min: 5, max: 9 },
  { band: 'moderate', min: 10, max: 14 },
  { band: 'severe', min: 15, max: 21 },
] as const satisfies readonly ScoreBand<string>[];
export type Gad7Band = (typeof GAD7_BANDS)[number]['band'];

export function scoreGad7(items: readonly unknown[]): InstrumentScore & { band: Gad7Band } {
  const total = sum(checkedItems(GAD7_SCALE, items));
  return { total, subscores: {}, band: bandOf(GAD7_BANDS, total), flags: [] };
}
