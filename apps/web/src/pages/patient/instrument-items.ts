import type { InstrumentKind } from '@naltrack/domain';

/** An item's wording, abbreviated, and the answer each score stands for (index = score). */
export interface InstrumentItem {
  label: string;
  answers: readonly string[];
}

const FREQUENCY = ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'];
const DAYS = ['0 days', '1–3 days', '4–8 days', '9–15 days', '16–30 days'];
const RATING = ['Not at all', 'Slightly', 'Moderately', 'Considerably', 'Extremely'];
const withAnswers = (answers: readonly string[]) => (label: string) => ({ label, answers });

/** PHQ-9 (Kroenke et al., 2001), over the last two weeks. */
const PHQ9 = [
  'Little interest or pleasure',
  'Down, depressed or hopeless',
  'Sleeping too little or too much',
  'Tired, little energy',
  'Poor appetite or overeating',
  'Feeling bad about yourself',
  'Trouble concentrating',
  'Slowed down or restless',
  'Better off dead or self-harm thoughts',
].map(withAnswers(FREQUENCY));

/** GAD-7 (Spitzer et al., 2006), over the last two weeks. */
const GAD7 = [
  'Nervous, anxious or on edge',
  'Cannot stop or control worrying',
  'Worrying too much',
  'Trouble relaxing',
  'Too restless to sit still',
  'Easily annoyed or irritable',
  'Afraid something awful might happen',
].map(withAnswers(FREQUENCY));

/** AUDIT-C (Bush et al., 1998), over the last year. */
const AUDIT_C: InstrumentItem[] = [
  {
    label: 'How often a drink',
    answers: ['Never', 'Monthly or less', '2–4 times a month', '2–3 times a week', '4 or more times a week'],
  },
  { label: 'Drinks on a typical day', answers: ['1–2', '3–4', '5–6', '7–9', '10 or more'] },
  {
    label: 'How often 6 or more at once',
    answers: ['Never', 'Less than monthly', 'Monthly', 'Weekly', 'Daily or almost daily'],
  },
];

const days = withAnswers(DAYS);
const rating = withAnswers(RATING);

/** BAM (VA), over the last 30 days; item 7 is the most-used drug of 7A–7G. */
const BAM: InstrumentItem[] = [
  { label: 'Physical health', answers: ['Excellent', 'Very good', 'Good', 'Fair', 'Poor'] },
  days('Nights with trouble sleeping'),
  days('Days depressed, anxious, angry or upset'),
  days('Days with any alcohol'),
  days('Days of heavy drinking (5+, or 4+ for women and over 65)'),
  days('Days of illegal drugs or misused prescriptions'),
  days('Days of the drug used most (7A–7G, not scored)'),
  rating('Bothered by cravings'),
  rating('Confident of not using'),
  days('Days at self-help meetings'),
  days('Days in risky situations'),
  rating('Religion or spirituality helps recovery'),
  days('Days at work, school or volunteering'),
  { label: 'Enough income for necessities', answers: ['No', '', '', '', 'Yes'] },
  rating('Troubled by arguments with family or friends'),
  days('Days with supportive family or friends'),
  rating('Satisfied with progress toward recovery goals'),
];

export const INSTRUMENT_ITEMS: Record<InstrumentKind, readonly InstrumentItem[]> = {
  phq9: PHQ9,
  gad7: GAD7,
  audit_c: AUDIT_C,
  bam: BAM,
};

/** The choices of one item: its answers with their scores, blank ones (the BAM's income) left out. */
export function answerOptions(item: InstrumentItem): { value: string; label: string }[] {
  return [
    { value: '', label: '—' },
    ...item.answers.flatMap((answer, score) =>
      answer ? [{ value: String(score), label: `${score} · ${answer}` }] : [],
    ),
  ];
}
