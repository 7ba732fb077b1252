import type { InstrumentFlag, InstrumentScore } from './instrument-score.js';
import { checkedItems, type ItemScale, range, sumOfItems } from './item-scale.js';

/**
 * Brief Addiction Monitor (VA VISN 4 MIRECC; Cacciola et al., "Development and initial evaluation
 * of the Brief Addiction Monitor (BAM)", J Subst Abuse Treat 2013;44(3):256-263), the categorical
 * form: 17 items over the last 30 days, each scored 0-4. Day counts score 0 (0 days), 1 (1-3),
 * 2 (4-8), 3 (9-15), 4 (16-30); ratings score 0 (excellent / not at all) to 4 (poor / extremely);
 * item 14 (enough income) scores 0 (no) or 4 (yes).
 * Composite scores, per the VA's BAM scoring guide: Use = items 4+5+6 (0-12); Risk = items
 * 1+2+3+8+11+15 (0-24); Protective = items 9+10+12+13+14+16 (0-24). Item 7 (days of each drug,
 * 7A-7G) elaborates item 6 and is not scored: it is recorded as the days of the drug used most.
 * Item 17 (satisfaction with progress) is not scored either. There is no validated total.
 * Clinically significant: any Use (1+), Risk 12 or more, Protective 12 or less.
 */
export const BAM_ITEM_COUNT = 17;
const BAM_INCOME_ITEM = 14;

export const BAM_SCALE: ItemScale = {
  kind: 'bam',
  label: 'BAM',
  items: Array.from({ length: BAM_ITEM_COUNT }, (_, i) => (i + 1 === BAM_INCOME_ITEM ? [0, 4] : range(0, 4))),
};

export const BAM_USE_ITEMS = [4, 5, 6] as const;
export const BAM_RISK_ITEMS = [1, 2, 3, 8, 11, 15] as const;
export const BAM_PROTECTIVE_ITEMS = [9, 10, 12, 13, 14, 16] as const;

export const BAM_RISK_HIGH_MIN = 12;
export const BAM_PROTECTIVE_LOW_MAX = 12;

export interface BamSubscores {
  use: number;
  risk: number;
  protective: number;
}

export function scoreBam(items: readonly unknown[]): InstrumentScore & { subscores: BamSubscores } {
  const scores = checkedItems(BAM_SCALE, items);
  const subscores: BamSubscores = {
    use: sumOfItems(scores, BAM_USE_ITEMS),
    risk: sumOfItems(scores, BAM_RISK_ITEMS),
    protective: sumOfItems(scores, BAM_PROTECTIVE_ITEMS),
  };
  const flags: InstrumentFlag[] = [];
  if (subscores.use > 0) flags.push('any_use');
  if (subscores.risk >= BAM_RISK_HIGH_MIN) flags.push('risk_high');
  if (subscores.protective <= BAM_PROTECTIVE_LOW_MAX) flags.push('protection_low');
  return { total: null, subscores: { ...subscores }, band: null, flags };
}
