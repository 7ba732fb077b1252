import {
  COPING_SKILLS,
  type CopingSkill,
  CRAVING_CUES,
  type CravingCue,
  DEFAULT_CLINICAL_SETTINGS,
  isCravingKind,
  isHighCraving,
} from '@naltrack/domain';
import type { DemoObservation, DemoPatient, DemoSession } from './demo-types.js';

/** The cues besides other, in the order the demo cycles through them. */
const NAMED_CUES = CRAVING_CUES.filter((cue) => cue !== 'other');
/** Each patient returns to one cue more than the others, as patients do: the chart shows it. */
const FAVOURITE_EVERY = 2;
const OTHER_EVERY = 7;
const SKILLS = COPING_SKILLS.filter((skill) => skill !== 'other');

/**
 * Cues on high cravings, derived from the patient's ordinal and the observation's place without
 * random draws, so the rest of the cohort stays as it was: one cue the patient keeps naming, another
 * that changes, now and then the cue other with a note.
 */
function cuesOf(o: DemoObservation, index: number, ordinal: number): Pick<DemoObservation, 'cues' | 'cueNote'> {
  if (!isCravingKind(o.kind) || o.value === null) return {};
  if (!isHighCraving(o.kind, o.value, DEFAULT_CLINICAL_SETTINGS.cravingHighPacs)) return {};
  const favourite = NAMED_CUES[ordinal % NAMED_CUES.length] as CravingCue;
  const another = NAMED_CUES[(ordinal + index + 1) % NAMED_CUES.length] as CravingCue;
  const cues = new Set<CravingCue>(index % FAVOURITE_EVERY === 0 ? [favourite, another] : [another]);
  if ((ordinal + index) % OTHER_EVERY === 0) return { cues: [...cues, 'other'], cueNote: 'payday' };
  return { cues: [...cues] };
}

/** Two skills practiced in each session held, turning through the vocabulary. */
function skillsOf(s: DemoSession, index: number, ordinal: number): Pick<DemoSession, 'copingSkills'> {
  if (s.status !== 'attended' && s.status !== 'late') return {};
  const first = SKILLS[(ordinal + index) % SKILLS.length] as CopingSkill;
  const second = SKILLS[(ordinal + index + 3) % SKILLS.length] as CopingSkill;
  return { copingSkills: [first, second] };
}

/** The demo's cue story: the cues of every high craving, and the coping skills of sessions held. */
export function withCravingCues(patient: DemoPatient, ordinal: number): DemoPatient {
  return {
    ...patient,
    observations: patient.observations.map((o, i) => ({ ...o, ...cuesOf(o, i, ordinal) })),
    sessions: patient.sessions.map((s, i) => ({ ...s, ...skillsOf(s, i, ordinal) })),
  };
}
