import type { FirstVisit } from './first-visit.js';
import type { LighthouseFigures } from './lighthouse-mobile.js';

/** Issue 16's targets for the sign-in page on a first visit. */
export const SIGN_IN_TARGETS = { transferredKiB: 200, lcpMs: 2500, tbtMs: 200 } as const;

export interface Verdict {
  figure: string;
  value: number;
  target: number;
  unit: string;
  met: boolean;
}

export function signInVerdicts(visit: FirstVisit, lighthouse: LighthouseFigures): Verdict[] {
  const verdict = (figure: string, value: number, target: number, unit: string): Verdict => ({
    figure,
    value,
    target,
    unit,
    met: value <= target,
  });
  return [
    verdict(
      'sign-in page transferred (gzip, br)',
      visit.transferredBytes / 1024,
      SIGN_IN_TARGETS.transferredKiB,
      'KiB',
    ),
    verdict('sign-in page LCP (Lighthouse mobile)', lighthouse.lcpMs, SIGN_IN_TARGETS.lcpMs, 'ms'),
    verdict('sign-in page TBT (Lighthouse mobile)', lighthouse.tbtMs, SIGN_IN_TARGETS.tbtMs, 'ms'),
  ];
}

export function verdictLine(v: Verdict): string {
  const digits = v.unit === 'KiB' ? 1 : 0;
  return `${v.figure}: ${v.value.toFixed(digits)} ${v.unit} (target <= ${v.target} ${v.unit}): ${v.met ? 'met' : 'MISSED'}`;
}
