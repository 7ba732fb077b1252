import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { CASELOAD_COLUMNS, type CaseloadColumn } from './caseload-columns';

/** Column ids only (no PHI), so the choice may outlive the session on this device. */
export const CASELOAD_COLUMNS_STORAGE_KEY = 'naltrack.caseload.columns';
/** Under 1280 px (a tablet in landscape) not every column fits beside the navigation. */
export const COMPACT_CASELOAD_QUERY = '(max-width: 1279.98px)';

const KNOWN_IDS = new Set(CASELOAD_COLUMNS.map((column) => column.id));

function readChoice(): string[] | null {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(CASELOAD_COLUMNS_STORAGE_KEY) ?? 'null');
    if (!Array.isArray(stored)) return null;
    return stored.filter((id): id is string => typeof id === 'string' && KNOWN_IDS.has(id));
  } catch {
    // A hand-edited or unreadable value falls back to the default columns.
    return null;
  }
}

function writeChoice(ids: readonly string[] | null): void {
  try {
    if (ids) localStorage.setItem(CASELOAD_COLUMNS_STORAGE_KEY, JSON.stringify(ids));
    else localStorage.removeItem(CASELOAD_COLUMNS_STORAGE_KEY);
  } catch {
    // Storage refused (private mode, quota): the choice lasts for this page only.
  }
}

/**
 * The caseload's shown columns: the clinician's saved choice, or by default every column on a wide
 * screen and the essential ones under 1280 px. The name is always shown: it says whose row it is.
 */
export function useCaseloadColumns() {
  const compact = useMediaQuery(COMPACT_CASELOAD_QUERY);
  const [choice, setChoice] = useState<string[] | null>(readChoice);

  const shownIds = choice ?? CASELOAD_COLUMNS.filter((column) => !compact || column.essential).map((c) => c.id);
  const columns: readonly CaseloadColumn[] = CASELOAD_COLUMNS.filter(
    (column) => column.id === 'name' || shownIds.includes(column.id),
  );
  const choose = (ids: string[] | null) => {
    setChoice(ids);
    writeChoice(ids);
  };
  return { columns, compact, choose, customised: choice !== null };
}
