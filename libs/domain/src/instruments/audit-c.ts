import type { Sex } from '../vocabulary.js';
import type { InstrumentScore } from './instrument-score.js';
import { checkedItems, type ItemScale, sum, uniformScale } from './item-scale.js';

/**
 * AUDIT-C, the consumption items of the AUDIT: how often a drink, how many on a typical day, how
 * often six or more; each 0-4, total 0-12. A screen is positive at 4 or more for men and 3 or more
 * for women (Bradley et al., "AUDIT-C as a brief screen for alcohol misuse in primary care",
 * Alcohol Clin Exp Res 2007;31(7):1208-1217); 8 or more is severe alcohol misuse in the VA's
 * reading of the same zones. Other and unknown sex take the women's threshold, the conservative
 * one, as the heavy drinking rule does.
 */
export const AUDIT_C_SCALE: ItemScale = uniformScale('audit_c', 'AUDIT-C', 3, 4);

export const AUDIT_C_BANDS = ['negative', 'positive', 'severe'] as const;
export type AuditCBand = (typeof AUDIT_C_BANDS)[number];

export const AUDIT_C_SEVERE_MIN = 8;

export function auditCPositiveMin(sex: Sex): number {
  return sex === 'male' ? 4 : 3;
}

export function scoreAuditC(items: readonly unknown[], sex: Sex): InstrumentScore & { band: AuditCBand } {
  const total = sum(checkedItems(AUDIT_C_SCALE, items));
  const positive = total >= auditCPositiveMin(sex);
  const band: AuditCBand = total >= AUDIT_C_SEVERE_MIN ? 'severe' : positive ? 'positive' : 'negative';
  return { total, subscores: {}, band, flags: positive ? ['positive_screen'] : [] };
}
