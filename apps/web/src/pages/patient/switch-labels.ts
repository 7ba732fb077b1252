import type { SwitchMedication, SwitchPrescriber, SwitchTo } from '@naltrack/domain';

export const SWITCH_MEDICATION_LABELS: Record<SwitchMedication, string> = {
  buprenorphine: 'Buprenorphine',
  methadone: 'Methadone',
  acamprosate: 'Acamprosate',
  disulfiram: 'Disulfiram',
  other: 'Another medication',
};

export const SWITCH_PRESCRIBER_LABELS: Record<SwitchPrescriber, string> = {
  this_team: 'This team',
  other_program: 'Another program',
};

function prescriberWords(switchTo: SwitchTo): string {
  return switchTo.prescribedBy === 'this_team' ? 'this team' : (switchTo.program ?? 'another program');
}

/** "Buprenorphine, prescribed by this team" or "Methadone, prescribed by Harbor OTP". */
export function switchTargetWords(switchTo: SwitchTo): string {
  return `${SWITCH_MEDICATION_LABELS[switchTo.medication]}, prescribed by ${prescriberWords(switchTo)}`;
}

/** The short form for a table cell: "Buprenorphine, this team" or "Methadone, Harbor OTP". */
export function switchTargetShortWords(switchTo: SwitchTo): string {
  return `${SWITCH_MEDICATION_LABELS[switchTo.medication]}, ${prescriberWords(switchTo)}`;
}
