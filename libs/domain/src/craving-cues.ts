/**
 * What a patient says set off a craving, recorded with a PACS or a craving VAS. The vocabulary
 * follows the cue classes of cue-reactivity work: social (people), environmental (places,
 * paraphernalia, the substance itself), affective (moods, stress) and interoceptive (discomfort).
 */
export const CRAVING_CUES = [
  'people',
  'places',
  'paraphernalia',
  'negative_mood',
  'stress',
  'positive_mood',
  'substance_cue',
  'physical_discomfort',
  'other',
] as const;
export type CravingCue = (typeof CRAVING_CUES)[number];

export const CRAVING_CUE_LABELS: Record<CravingCue, string> = {
  people: 'People',
  places: 'Places',
  paraphernalia: 'Paraphernalia',
  negative_mood: 'Negative mood',
  stress: 'Stress',
  positive_mood: 'Positive mood (celebration)',
  substance_cue: 'Sight or smell of the substance',
  physical_discomfort: 'Physical discomfort',
  other: 'Other',
};

/** The observation kinds that measure craving, and so may carry cues. */
export const CRAVING_KINDS = ['pacs', 'craving_vas'] as const;
export type CravingKind = (typeof CRAVING_KINDS)[number];

export function isCravingKind(kind: unknown): kind is CravingKind {
  return (CRAVING_KINDS as readonly unknown[]).includes(kind);
}

export function isCravingCue(value: unknown): value is CravingCue {
  return (CRAVING_CUES as readonly unknown[]).includes(value);
}

export const CUE_NOTE_MAX_LENGTH = 200;

/**
 * A craving VAS (0-100) at or above this counts as a high craving for the cue chart and exports.
 * The VAS has no published cut-off; half the scale is the local convention, kept apart from the
 * clinic's PACS threshold (cravingHighPacs), which drives the caseload flag.
 */
export const CRAVING_VAS_HIGH = 50;

/** A PACS total or craving VAS value at or above its high mark (the PACS mark is the clinic's). */
export function isHighCraving(kind: CravingKind, value: number, cravingHighPacs: number): boolean {
  return value >= (kind === 'pacs' ? cravingHighPacs : CRAVING_VAS_HIGH);
}

export interface CueProblem {
  /** Dotted field path, e.g. `cues.2` or `cueNote`. */
  field: string;
  message: string;
}

/**
 * What is wrong with an observation's cues and note; null when they fit. Each cue is known and
 * named once; a note is required with `other` (it says what the other cue was) and refused without.
 */
export function cueProblem(cues: readonly unknown[], cueNote: unknown): CueProblem | null {
  for (const [index, cue] of cues.entries()) {
    if (!isCravingCue(cue)) {
      return { field: `cues.${index}`, message: `cues.${index} must be one of ${CRAVING_CUES.join(', ')}` };
    }
    if (cues.indexOf(cue) !== index) {
      return { field: `cues.${index}`, message: `cues.${index} repeats ${cue}` };
    }
  }
  const hasNote = typeof cueNote === 'string' && cueNote.trim() !== '';
  if (cues.includes('other') && !hasNote) {
    return { field: 'cueNote', message: 'cueNote is required with the cue other: say what the cue was' };
  }
  if (!cues.includes('other') && cueNote !== undefined && cueNote !== null) {
    return { field: 'cueNote', message: 'cueNote is only allowed with the cue other' };
  }
  return null;
}

/** A craving observation as the cue counts read it. */
export interface CuedCraving {
  kind: string;
  value: number | null;
  cues: readonly string[] | null;
}

export interface HighCravingCueCounts {
  /** PACS and VAS observations at or above their high mark. */
  highCravings: number;
  /** Among those, how many named each cue (an observation counts once per cue it names). */
  byCue: Record<CravingCue, number>;
}

/** Counts the high cravings among the observations given, and the cues that came with them. */
export function countHighCravingCues(
  observations: Iterable<CuedCraving>,
  cravingHighPacs: number,
): HighCravingCueCounts {
  const byCue = Object.fromEntries(CRAVING_CUES.map((cue) => [cue, 0])) as Record<CravingCue, number>;
  let highCravings = 0;
  for (const o of observations) {
    if (!isCravingKind(o.kind) || o.value === null || !isHighCraving(o.kind, o.value, cravingHighPacs)) continue;
    highCravings++;
    for (const cue of o.cues ?? []) if (isCravingCue(cue)) byCue[cue]++;
  }
  return { highCravings, byCue };
}
