import { useState } from 'react';

/**
 * A recording form's draft and its "recorded" message. Changing a field clears the message (it
 * spoke of the last record, not of what is being typed) and runs `onChange` for whatever else a
 * form ties to its values.
 */
export function useRecordDraft<D extends object>(initial: () => D, onChange?: () => void) {
  const [draft, setDraft] = useState<D>(initial);
  const [savedText, setSavedText] = useState<string | null>(null);
  const set = <K extends keyof D>(key: K, value: D[K]) => {
    setDraft((previous) => ({ ...previous, [key]: value }));
    setSavedText(null);
    onChange?.();
  };
  return { draft, setDraft, set, savedText, setSavedText };
}
