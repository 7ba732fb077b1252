import { once } from 'node:events';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type ClinicalSettings, coveredDays, describeFlags, PART2_NOTICE } from '@naltrack/domain';
import PDFDocument from 'pdfkit';
import type { PreparedExport } from '../adherence-export.service.js';
import { exportedFlags } from '../export-flags.js';
import type { ExportPatient } from '../export-patient.js';
import { latestPacsByDay, metricsByPeriod } from '../period-metrics.js';
import { drawAdherenceCalendar } from './adherence-calendar.js';
import { drawCravingsChart } from './cravings-chart.js';
import { drawCurrentFlags } from './current-flags.js';
import { drawMetricsTable } from './metrics-table.js';
import { drawPart2Footer } from './part2-footer.js';
import { COLORS, ensureRoom, FONTS, heading, PAGE } from './pdf-layout.js';
import { periodTimeline } from './period-timeline.js';

/** Bytes the document may hold ahead of a slow reader before drawing waits. */
const HIGH_WATER = 1 << 20;
const TIMELINE_DATE_WIDTH = 64;

function drawPatient(
  doc: PDFKit.PDFDocument,
  patient: ExportPatient,
  prepared: PreparedExport,
  settings: ClinicalSettings,
) {
  const whole = { from: prepared.from, to: prepared.to };
  doc.font(FONTS.bold).fontSize(16).fillColor(COLORS.text).text('Naltrexone adherence report', PAGE.margin);
  doc.moveDown(0.3).font(FONTS.bold).fontSize(11).text(`${patient.familyName}, ${patient.givenName}`);
  const disclosure = prepared.recipient
    ? `Disclosed to ${prepared.recipient} for ${prepared.purpose}`
    : "For the care team's own use";
  doc
    .font(FONTS.body)
    .fontSize(9)
    .fillColor(COLORS.muted)
    .text(
      `MRN ${patient.mrn} · born ${patient.birthDate} · ${patient.diagnoses.join(', ')} · status ${patient.status.replaceAll('_', ' ')}`,
    )
    .text(`Care team ${patient.careTeamName} · period ${whole.from} to ${whole.to}`)
    .text(
      `Generated ${prepared.preparedAt.slice(0, 16).replace('T', ' ')} UTC by ${prepared.generatedBy.displayName} · ${disclosure}`,
    );

  drawCurrentFlags(doc, exportedFlags(patient, prepared), patient.flagsAsOf, describeFlags(settings));

  heading(doc, 'Adherence by month');
  const months = metricsByPeriod(patient, prepared.periods, prepared.to, settings);
  const [overall] = metricsByPeriod(patient, [whole], prepared.to, settings);
  if (overall) drawMetricsTable(doc, months, overall);

  heading(doc, 'Adherence calendar');
  const events = patient.medicationEvents.filter((e) => e.occurredOn <= prepared.to);
  const firstStart = patient.starts[0]?.startedOn ?? null;
  drawAdherenceCalendar(doc, prepared.periods, {
    covered: new Set(coveredDays(events, settings)),
    injections: new Set(
      events.filter((e) => e.kind === 'administered' && e.formulation === 'xr_injection').map((e) => e.occurredOn),
    ),
    treatmentFrom: firstStart,
  });

  heading(doc, 'Cravings (PACS)');
  const inPeriod = patient.observations.filter((o) => o.observedOn >= whole.from && o.observedOn <= whole.to);
  drawCravingsChart(doc, latestPacsByDay(inPeriod), whole, settings.cravingHighPacs);

  heading(doc, 'Timeline');
  const entries = periodTimeline(patient, whole);
  if (entries.length === 0) doc.fillColor(COLORS.muted).text('Nothing recorded in the period.');
  const textX = PAGE.margin + TIMELINE_DATE_WIDTH;
  for (const entry of entries) {
    ensureRoom(doc, 12);
    const y = doc.y;
    doc.font(FONTS.bold).fontSize(9).fillColor(COLORS.text).text(entry.on, PAGE.margin, y, { lineBreak: false });
    doc.font(FONTS.body).text(entry.text, textX, y, { width: doc.page.width - PAGE.margin - textX });
  }
  doc.x = PAGE.margin;
}

/** Waits while the document holds more than HIGH_WATER bytes the reader has not taken. */
async function waitForReader(doc: PDFKit.PDFDocument, output: NodeJS.WritableStream): Promise<void> {
  while (doc.readableLength > HIGH_WATER && !doc.destroyed) {
    if (output instanceof Writable && output.writableNeedDrain) await once(output, 'drain');
    else await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * A printable report: one section per patient, each starting on a new page with the patient's
 * current flags, and the Part 2 notice in every page's footer. Pages leave as they are finished,
 * and drawing waits for a slow reader.
 */
export async function writeAdherencePdf(
  patients: AsyncIterable<ExportPatient>,
  prepared: PreparedExport,
  settings: ClinicalSettings,
  output: NodeJS.WritableStream,
): Promise<void> {
  const doc = new PDFDocument({
    size: PAGE.size,
    margin: PAGE.margin,
    autoFirstPage: false,
    info: { Title: 'Naltrexone adherence report', Author: 'Naltrack', Subject: PART2_NOTICE },
  });
  let pages = 0;
  doc.on('pageAdded', () => drawPart2Footer(doc, ++pages));
  const written = pipeline(doc, output, { end: false });
  // Seen by the awaits below; this only keeps an early failure from going unhandled meanwhile.
  written.catch(() => undefined);

  for await (const patient of patients) {
    if (doc.destroyed) break;
    doc.addPage();
    drawPatient(doc, patient, prepared, settings);
    await waitForReader(doc, output);
  }
  if (pages === 0) {
    doc.addPage();
    doc.font(FONTS.body).fontSize(11).text('No patients match this report.', PAGE.margin);
  }
  doc.end();
  await written;
}
