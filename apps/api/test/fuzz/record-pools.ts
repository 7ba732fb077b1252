import fc from 'fast-check';

/**
 * Ids of records that exist, by collection (`patients`, `therapy-sessions`, `consents`, ...), so
 * that generated requests name real records and reach the code behind the 404. `seeded` ids were
 * made on purpose before the fuzzing and are drawn more often than the ones the fuzzing `made`.
 */
export class RecordPools {
  private readonly seeded = new Map<string, string[]>();
  private readonly made = new Map<string, string[]>();

  seed(collection: string, id: string): void {
    add(this.seeded, collection, id);
  }

  hasSeeded(collection: string): boolean {
    return (this.seeded.get(collection)?.length ?? 0) > 0;
  }

  /** Remembers the id a successful create answered with. */
  harvest(collection: string, id: unknown): void {
    if (typeof id === 'string' && !this.seeded.get(collection)?.includes(id)) add(this.made, collection, id);
  }

  /** A real id of the collection when there is one, else a well-formed id of nothing. */
  idOf(collection: string | undefined): fc.Arbitrary<string> {
    const seeded = (collection && this.seeded.get(collection)) || [];
    const made = (collection && this.made.get(collection)) || [];
    const choices: fc.WeightedArbitrary<string>[] = [{ arbitrary: fc.uuid(), weight: 1 }];
    if (seeded.length > 0) choices.push({ arbitrary: fc.constantFrom(...seeded), weight: 6 });
    if (made.length > 0) choices.push({ arbitrary: fc.constantFrom(...made.slice(-50)), weight: 2 });
    return fc.oneof(...choices);
  }
}

function add(map: Map<string, string[]>, collection: string, id: string): void {
  const ids = map.get(collection) ?? [];
  if (!ids.includes(id)) ids.push(id);
  map.set(collection, ids);
}

/** `/api/patients/{id}/consents/{consentId}` and `consentId` → `consents`: the segment before it. */
export function collectionOfPathParam(path: string, param: string): string | undefined {
  const segments = path.split('/');
  const at = segments.indexOf(`{${param}}`);
  return at > 0 ? segments[at - 1] : undefined;
}

/** The collection a request creates in: the last literal segment of its path. */
export function collectionOfPath(path: string): string | undefined {
  return path
    .split('/')
    .filter((segment) => segment && !segment.startsWith('{'))
    .at(-1);
}

/** `careTeamId` and `careTeamIds` → `care-teams`; `patientId` → `patients`; other names: none. */
export function collectionOfField(name: string): string | undefined {
  const stem = /^(.+?)Ids?$/.exec(name)?.[1];
  if (!stem) return undefined;
  return `${stem.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}s`;
}
