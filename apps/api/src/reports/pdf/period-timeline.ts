import {
  type ClinicalDate,
  describeInstrumentScore,
  INSTRUMENT_LABELS,
  isValidPacsItems,
  pacsTotal,
} from '@naltrack/domain';
import type { ExportMedicationEvent, ExportObservation, ExportPatient } from '../export-patient.js';
import type { ExportPeriod } from '../export-periods.js';

export interface TimelineEntry {
  on: ClinicalDate;
  text: string;
}

const words = (code: string) => code.replaceAll('_', ' ');
const mg = (dose: number | null) => (dose === null ? '' : ` ${dose} mg`);

function medicationText(e: ExportMedicationEvent): string {
  const drug = e.formulation === 'xr_injection' ? 'XR-NTX' : 'oral naltrexone';
  switch (e.kind) {
    case 'administered': {
      const details = [e.lot && `lot ${e.lot}`, e.site].filter(Boolean).join(', ');
      const what = e.formulation === 'xr_injection' ? 'XR-NTX injection' : 'Oral dose given';
      return `${what}${mg(e.doseMg)}${details ? ` (${details})` : ''}`;
    }
    case 'dispensed':
      return `Dispensed ${drug}${e.daysSupply ? `, ${e.daysSupply} days' supply` : ''}`;
    case 'taken':
      return `Dose taken${mg(e.doseMg)} (${e.observed ? 'observed' : 'self-reported'})`;
    default:
      return `Dose ${e.kind} (${drug})`;
  }
}

function observationText(o: ExportObservation): string {
  switch (o.kind) {
    case 'pacs':
      return o.items && isValidPacsItems(o.items) ? `PACS ${pacsTotal(o.items)}` : 'PACS (incomplete)';
    case 'uds': {
      const results = Object.entries(o.results ?? {}).map(([substance, result]) => `${substance} ${result}`);
      return `Urine drug screen: ${results.join(', ') || 'no results'}`;
    }
    case 'craving_vas':
      return `Craving VAS ${o.value ?? '–'}`;
    case 'breath_alcohol':
      return `Breath alcohol ${o.value ?? '–'}`;
    case 'drinks':
      return `Drinks that day: ${o.value ?? 0}`;
    case 'self_reported_use':
      return `Self-reported use: ${o.substance ?? 'unspecified'}${o.value ? ` (${o.value})` : ''}`;
    case 'phq9':
    case 'gad7':
    case 'audit_c':
    case 'bam':
      return o.score ? describeInstrumentScore(o.kind, o.score) : INSTRUMENT_LABELS[o.kind];
  }
}

/** What happened in the period, oldest first, in words a clinician reads. */
export function periodTimeline(patient: ExportPatient, period: ExportPeriod): TimelineEntry[] {
  const inPeriod = (day: ClinicalDate) => day >= period.from && day <= period.to;
  const entries: TimelineEntry[] = [
    ...patient.starts
      .filter((s) => inPeriod(s.startedOn))
      .map((s) => ({
        on: s.startedOn,
        text: `Naltrexone ${s.isReinduction ? 're-induction' : 'start'}: ${s.formulation === 'xr_injection' ? 'XR-NTX' : 'oral'}${mg(s.doseMg)}`,
      })),
    ...patient.medicationEvents
      .filter((e) => inPeriod(e.occurredOn))
      .map((e) => ({ on: e.occurredOn, text: medicationText(e) })),
    ...patient.sessions.map((s) => ({ on: s.scheduledOn, text: `${words(s.type)} session: ${words(s.status)}` })),
    ...patient.observations
      .filter((o) => inPeriod(o.observedOn))
      .map((o) => ({ on: o.observedOn, text: observationText(o) })),
    ...patient.relapses
      .filter((r) => inPeriod(r.onsetOn))
      .map((r) => ({
        on: r.onsetOn,
        text: `Relapse (${r.substance}${r.early ? ', early' : ''}), ${r.source}${r.lastUseOn ? `, last use ${r.lastUseOn}` : ''}`,
      })),
    ...patient.discontinuations
      .filter((d) => inPeriod(d.proposedOn))
      .map((d) => ({
        on: d.proposedOn,
        text: `${words(d.kind)} proposed for ${d.effectiveOn}: now ${words(d.status)}`,
      })),
  ];
  return entries.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}
