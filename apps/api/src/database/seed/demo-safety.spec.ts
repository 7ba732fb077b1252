import { latestPositiveItem9On } from '@naltrack/domain';
import { buildDemoCohort } from './demo-cohort.js';
import { summarizeDemoPatient } from './demo-summary.js';
import type { DemoPatient } from './demo-types.js';

const TODAY = '2026-03-10';
const positiveItem9On = (patient: DemoPatient) =>
  latestPositiveItem9On(
    patient.observations.flatMap((o) =>
      o.kind === 'phq9' ? [{ observedOn: o.observedOn, items: o.items ?? [] }] : [],
    ),
  );

describe('the demo cohort’s safety story', () => {
  const cohort = buildDemoCohort({ seed: 1, teamSizes: [34, 33, 33], today: TODAY, timeZone: 'America/New_York' });

  it('gives each team one patient awaiting a safety assessment and one whose assessment cleared the flag', () => {
    for (const team of ['north', 'south', 'east']) {
      const positive = cohort.patients.filter((p) => p.teamCode === team && positiveItem9On(p) !== null);
      const flagged = positive.filter((p) => summarizeDemoPatient(p, TODAY).flags.includes('suicide_risk'));
      expect([positive.length, flagged.length]).toEqual([2, 1]);
      const [assessed] = positive.filter((p) => (p.safetyAssessments ?? []).length > 0);
      expect(assessed?.safetyAssessments?.[0]).toMatchObject({ outcome: 'low' });
    }
  });
});
