import { COPING_SKILL_LABELS, CRAVING_CUE_LABELS } from '@naltrack/domain';
import { labelOf } from './patient-format';

const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** A craving's cues as the timeline reads them, e.g. "cues: People, Other (payday)"; null without cues. */
export function describeCues(cues: unknown, cueNote: unknown): string | null {
  const names = list(cues).map((cue) =>
    cue === 'other' && typeof cueNote === 'string' ? `Other (${cueNote})` : labelOf(CRAVING_CUE_LABELS, cue),
  );
  return names.length > 0 ? `cues: ${names.join(', ')}` : null;
}

/** A session's coping skills as the timeline reads them; null when none were recorded. */
export function describeCopingSkills(skills: unknown): string | null {
  const names = list(skills).map((skill) => labelOf(COPING_SKILL_LABELS, skill));
  return names.length > 0 ? `practiced: ${names.join(', ')}` : null;
}
