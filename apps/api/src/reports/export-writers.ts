import type { ClinicalSettings } from '@naltrack/domain';
import type { PreparedExport } from './adherence-export.service.js';
import { writeAdherenceCsv } from './csv/adherence-csv.js';
import type { ExportFormat } from './dto/adherence-export-query.dto.js';
import type { ExportPatient } from './export-patient.js';
import { writeAdherenceFhir } from './fhir/adherence-fhir.js';
import { writeAdherencePdf } from './pdf/adherence-pdf.js';

/** Writes the patients in one format to `output`, leaving it open for the caller to end; destroys it on failure. */
export type ExportWriter = (
  patients: AsyncIterable<ExportPatient>,
  prepared: PreparedExport,
  settings: ClinicalSettings,
  output: NodeJS.WritableStream,
) => Promise<void>;

export const EXPORT_WRITERS: Record<ExportFormat, ExportWriter> = {
  csv: writeAdherenceCsv,
  pdf: writeAdherencePdf,
  fhir: writeAdherenceFhir,
};
