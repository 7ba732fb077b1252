import { Stack, TextInput } from '@mantine/core';
import { CRAVING_CUE_LABELS, CRAVING_CUES, type CravingCue, CUE_NOTE_MAX_LENGTH } from '@naltrack/domain';
import { ChoiceCheckboxes } from './choice-checkboxes';

interface CravingCueFieldsProps {
  cues: CravingCue[];
  cueNote: string;
  onCuesChange: (cues: CravingCue[]) => void;
  onNoteChange: (note: string) => void;
  errorAt: (field: string) => string | undefined;
}

/** What set the craving off; the note appears with the cue other, which needs it. */
export function CravingCueFields({ cues, cueNote, onCuesChange, onNoteChange, errorAt }: CravingCueFieldsProps) {
  return (
    <Stack gap="xs">
      <ChoiceCheckboxes
        label="Cues"
        description="What the patient says set the craving off, if anything."
        choices={CRAVING_CUES}
        labels={CRAVING_CUE_LABELS}
        value={cues}
        onChange={onCuesChange}
        error={errorAt('cues')}
      />
      {cues.includes('other') ? (
        <TextInput
          label="Other cue"
          description="What it was, in a few words."
          required
          maxLength={CUE_NOTE_MAX_LENGTH}
          value={cueNote}
          onChange={(e) => onNoteChange(e.currentTarget.value)}
          error={errorAt('cueNote')}
        />
      ) : null}
    </Stack>
  );
}
