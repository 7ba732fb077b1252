import { DEFAULT_CLINICAL_SETTINGS } from '@naltrack/domain';
import { DataSource } from 'typeorm';
import { PatientSummaryRow } from '../../../apps/api/dist/caseload/patient-summary.entity.js';
import { rebuildPatientSummary } from '../../../apps/api/dist/caseload/rebuild-patient-summary.js';
import { dataSourceOptions } from '../../../apps/api/dist/database/data-source.js';
import { Patient } from '../../../apps/api/dist/patients/patient.entity.js';

// The built app (the suite runs it, so it is built first): its decorated entities need no compiling here.

/** Thrown to roll the comparison's transaction back: the check must change nothing. */
class RollBack extends Error {}

/**
 * Patients whose caseload row differs from a rebuild from their records (as of the row's own day):
 * a row left behind by a write that half happened. Each rebuild runs in a transaction rolled back.
 */
export async function staleCaseloadRows(url: string, patientIds: readonly string[]): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(url, 1));
  await dataSource.initialize();
  const stale: string[] = [];
  try {
    for (const patientId of patientIds) {
      await dataSource
        .transaction(async (manager) => {
          const patient = await manager.findOneBy(Patient, { id: patientId });
          const stored = await manager.findOneBy(PatientSummaryRow, { patientId });
          if (!patient) throw new RollBack();
          if (!stored) {
            stale.push(`${patientId}: no caseload row`);
            throw new RollBack();
          }
          const rebuilt = await rebuildPatientSummary(manager, patient.id, stored.asOf, DEFAULT_CLINICAL_SETTINGS);
          const { updatedAt: _stored, ...storedValues } = stored;
          const { updatedAt: _rebuilt, patient: _patient, ...rebuiltValues } = rebuilt;
          const differing = differences(normalise(storedValues), normalise(rebuiltValues));
          if (differing.length > 0) stale.push(`${patientId}: ${differing.join('; ')}`);
          throw new RollBack();
        })
        .catch((error: unknown) => {
          if (!(error instanceof RollBack)) throw error;
        });
    }
  } finally {
    await dataSource.destroy();
  }
  return stale;
}

/** Fractions are stored with four decimals (numeric(5,4)). */
const round = (value: number) => Math.round(value * 10_000) / 10_000;

/** Values as JSON, numbers as numbers to the stored precision, whichever way the driver handed them over. */
function normalise(row: object): Map<string, string> {
  return new Map(
    Object.entries(row).map(([key, value]) => [
      key,
      JSON.stringify(
        typeof value === 'number' || (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value))
          ? round(Number(value))
          : value,
      ),
    ]),
  );
}

function differences(stored: Map<string, string>, rebuilt: Map<string, string>): string[] {
  const keys = new Set([...stored.keys(), ...rebuilt.keys()]);
  return [...keys].flatMap((key) =>
    stored.get(key) === rebuilt.get(key) ? [] : [`${key} stored ${stored.get(key)}, rebuilt ${rebuilt.get(key)}`],
  );
}
