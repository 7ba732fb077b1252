import {
  CRAVING_CUES,
  countHighCravingCues,
  cueProblem,
  DEFAULT_CLINICAL_SETTINGS,
  isCravingKind,
} from '@naltrack/domain';
import { buildDemoCohort } from './demo-cohort.js';

const TODAY = '2026-03-10';

describe('the demo cohort’s craving cues and coping skills', () => {
  const cohort = buildDemoCohort({ seed: 1, teamSizes: [34, 33, 33], today: TODAY, timeZone: 'America/New_York' });
  const observations = cohort.patients.flatMap((p) => p.observations);

  it('names cues on every high craving and on no other observation, each valid as the API checks it', () => {
    const counts = countHighCravingCues(
      observations.map((o) => ({ ...o, cues: o.cues ?? null })),
      DEFAULT_CLINICAL_SETTINGS.cravingHighPacs,
    );
    expect(counts.highCravings).toBeGreaterThan(20);
    const cued = observations.filter((o) => o.cues !== undefined);
    expect(cued).toHaveLength(counts.highCravings);
    for (const o of cued) {
      expect(isCravingKind(o.kind)).toBe(true);
      expect(cueProblem(o.cues ?? [], o.cueNote)).toBeNull();
    }
    // Every cue shows somewhere in the cohort, other among them.
    expect(CRAVING_CUES.filter((cue) => counts.byCue[cue] === 0)).toEqual([]);
  });

  it('records coping skills on sessions held only', () => {
    const sessions = cohort.patients.flatMap((p) => p.sessions);
    const withSkills = sessions.filter((s) => s.copingSkills !== undefined);
    expect(withSkills.length).toBeGreaterThan(0);
    expect(withSkills.every((s) => s.status === 'attended' || s.status === 'late')).toBe(true);
    expect(withSkills.every((s) => new Set(s.copingSkills).size === 2)).toBe(true);
  });
});
