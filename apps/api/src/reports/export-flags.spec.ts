import { CASELOAD_FLAGS } from '@naltrack/domain';
import type { PreparedExport } from './adherence-export.service.js';
import { exportedFlags } from './export-flags.js';
import type { ExportPatient } from './export-patient.js';

const patient = { flags: [...CASELOAD_FLAGS] } as Pick<ExportPatient, 'flags'> as ExportPatient;
const exportOf = (format: PreparedExport['format'], recipient: string | null) =>
  ({ format, recipient }) as Pick<PreparedExport, 'format' | 'recipient'> as PreparedExport;

describe('exportedFlags', () => {
  it("carries every flag for the care team's own use, in every format", () => {
    for (const format of ['csv', 'pdf', 'fhir'] as const) {
      expect(exportedFlags(patient, exportOf(format, null))).toEqual([...CASELOAD_FLAGS]);
    }
  });

  it('leaves out of a disclosure the flags about records its format does not disclose', () => {
    // CSV discloses no drug screens; the PDF everything; FHIR no relapses or discontinuation requests.
    expect(exportedFlags(patient, exportOf('csv', 'Acme'))).toEqual(
      CASELOAD_FLAGS.filter((flag) => flag !== 'positive_screen'),
    );
    expect(exportedFlags(patient, exportOf('pdf', 'Acme'))).toEqual([...CASELOAD_FLAGS]);
    expect(exportedFlags(patient, exportOf('fhir', 'Acme'))).toEqual([
      'suicide_risk',
      'injection_overdue',
      'low_adherence',
      'missed_sessions',
      'craving_high',
      'positive_screen',
      'not_started',
    ]);
  });
});
