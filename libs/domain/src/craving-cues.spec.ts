import { COPING_SKILL_LABELS, COPING_SKILLS } from './coping-skills.js';
import {
  CRAVING_CUE_LABELS,
  CRAVING_CUES,
  CRAVING_VAS_HIGH,
  countHighCravingCues,
  cueProblem,
  isCravingKind,
  isHighCraving,
} from './craving-cues.js';

describe('craving cues', () => {
  it('labels every cue and every coping skill', () => {
    expect(Object.keys(CRAVING_CUE_LABELS).sort()).toEqual([...CRAVING_CUES].sort());
    expect(Object.keys(COPING_SKILL_LABELS).sort()).toEqual([...COPING_SKILLS].sort());
  });

  it('belongs to PACS and the craving VAS only', () => {
    expect(isCravingKind('pacs')).toBe(true);
    expect(isCravingKind('craving_vas')).toBe(true);
    expect(isCravingKind('uds')).toBe(false);
    expect(isCravingKind('phq9')).toBe(false);
  });

  it('accepts known cues, each once, and a note only with other', () => {
    expect(cueProblem([], undefined)).toBeNull();
    expect(cueProblem(['people', 'stress'], undefined)).toBeNull();
    expect(cueProblem(['places', 'other'], 'a payday')).toBeNull();
  });

  it('names the cue at fault by its index', () => {
    expect(cueProblem(['people', 'boredom'], undefined)?.field).toBe('cues.1');
    expect(cueProblem([3], undefined)?.field).toBe('cues.0');
    expect(cueProblem(['stress', 'places', 'stress'], undefined)).toEqual({
      field: 'cues.2',
      message: 'cues.2 repeats stress',
    });
  });

  it('requires a note with other and refuses one without', () => {
    expect(cueProblem(['other'], undefined)?.field).toBe('cueNote');
    expect(cueProblem(['other'], '   ')?.field).toBe('cueNote');
    expect(cueProblem(['people'], 'a friend')?.field).toBe('cueNote');
    expect(cueProblem([], 'a friend')?.field).toBe('cueNote');
  });

  it('counts a craving as high at the PACS threshold given, or at the VAS mark, not below', () => {
    expect(isHighCraving('pacs', 15, 15)).toBe(true);
    expect(isHighCraving('pacs', 14, 15)).toBe(false);
    expect(isHighCraving('pacs', 12, 12)).toBe(true);
    expect(isHighCraving('craving_vas', CRAVING_VAS_HIGH, 15)).toBe(true);
    expect(isHighCraving('craving_vas', CRAVING_VAS_HIGH - 0.5, 15)).toBe(false);
  });

  it('counts the cues of high cravings only, once per observation and cue', () => {
    const counts = countHighCravingCues(
      [
        { kind: 'pacs', value: 15, cues: ['people', 'stress'] },
        { kind: 'pacs', value: 14, cues: ['people'] },
        { kind: 'craving_vas', value: 80, cues: ['people'] },
        { kind: 'craving_vas', value: 90, cues: null },
        { kind: 'craving_vas', value: null, cues: ['places'] },
        { kind: 'phq9', value: 27, cues: ['places'] },
      ],
      15,
    );
    expect(counts.highCravings).toBe(3);
    expect(counts.byCue).toMatchObject({ people: 2, stress: 1, places: 0, other: 0 });
  });
});
