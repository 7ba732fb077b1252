/**
 * Coping skills a therapist may record as practiced in a session, from the relapse-prevention
 * skills of cognitive-behavioural therapy and mindfulness-based relapse prevention.
 */
export const COPING_SKILLS = [
  'urge_surfing',
  'trigger_avoidance',
  'refusal_skills',
  'cognitive_restructuring',
  'distraction',
  'social_support',
  'relaxation',
  'other',
] as const;
export type CopingSkill = (typeof COPING_SKILLS)[number];

export const COPING_SKILL_LABELS: Record<CopingSkill, string> = {
  urge_surfing: 'Urge surfing',
  trigger_avoidance: 'Trigger avoidance',
  refusal_skills: 'Refusal skills',
  cognitive_restructuring: 'Cognitive restructuring',
  distraction: 'Distraction',
  social_support: 'Social support',
  relaxation: 'Relaxation',
  other: 'Other',
};
