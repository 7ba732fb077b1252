import { addDays, type ClinicalDate, daysBetween } from '@naltrack/domain';
import type { ExportPeriod } from '../export-periods.js';
import { COLORS, ensureRoom, FONTS, PAGE } from './pdf-layout.js';

const CELL = 13;
const MONTH_WIDTH = 7 * CELL + 20;
const MONTH_HEIGHT = 14 + 6 * CELL + 10;
const WEEKDAYS = ['M', 'T', 'W', 'T', 'F', 'S', 'S'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface CalendarDays {
  covered: ReadonlySet<ClinicalDate>;
  injections: ReadonlySet<ClinicalDate>;
  /** Days before this are before the naltrexone start: neither covered nor missed. */
  treatmentFrom: ClinicalDate | null;
}

/** Monday = 0. */
function weekdayOf(day: ClinicalDate): number {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** One small month grid per period: covered days green, missed days red, injections ringed. */
export function drawAdherenceCalendar(doc: PDFKit.PDFDocument, months: ExportPeriod[], days: CalendarDays): void {
  const perRow = Math.floor((doc.page.width - 2 * PAGE.margin) / MONTH_WIDTH);
  for (let i = 0; i < months.length; i += perRow) {
    ensureRoom(doc, MONTH_HEIGHT);
    const top = doc.y;
    for (const [j, month] of months.slice(i, i + perRow).entries()) {
      drawMonth(doc, month, days, PAGE.margin + j * MONTH_WIDTH, top);
    }
    doc.y = top + MONTH_HEIGHT;
  }
  drawLegend(doc);
}

function drawMonth(doc: PDFKit.PDFDocument, month: ExportPeriod, days: CalendarDays, x: number, y: number): void {
  const [year, monthNumber] = month.from.split('-').map(Number) as [number, number];
  doc
    .font(FONTS.bold)
    .fontSize(8)
    .fillColor(COLORS.text)
    .text(`${MONTH_NAMES[monthNumber - 1]} ${year}`, x, y, { lineBreak: false });
  doc.font(FONTS.body).fontSize(6).fillColor(COLORS.muted);
  for (const [d, name] of WEEKDAYS.entries()) doc.text(name, x + d * CELL + 4, y + 10, { lineBreak: false });
  const first = `${month.from.slice(0, 8)}01`;
  const offset = weekdayOf(first);
  for (let day = month.from; day <= month.to; day = addDays(day, 1)) {
    const index = offset + daysBetween(first, day);
    const cx = x + (index % 7) * CELL;
    const cy = y + 18 + Math.floor(index / 7) * CELL;
    const onTreatment = days.treatmentFrom !== null && day >= days.treatmentFrom;
    const color = days.covered.has(day) ? COLORS.covered : onTreatment ? COLORS.uncovered : COLORS.offTreatment;
    doc.rect(cx + 1, cy + 1, CELL - 2, CELL - 2).fill(color);
    if (days.injections.has(day)) {
      doc
        .circle(cx + CELL / 2, cy + CELL / 2, CELL / 2 - 2.5)
        .lineWidth(1.4)
        .strokeColor(COLORS.injection)
        .stroke();
    }
  }
}

function drawLegend(doc: PDFKit.PDFDocument): void {
  ensureRoom(doc, 16);
  const y = doc.y;
  let x = PAGE.margin;
  const entries: [string, string][] = [
    [COLORS.covered, 'Covered'],
    [COLORS.uncovered, 'Not covered'],
    [COLORS.offTreatment, 'Before start'],
  ];
  doc.font(FONTS.body).fontSize(7);
  for (const [color, label] of entries) {
    doc.rect(x, y, 9, 9).fill(color);
    doc.fillColor(COLORS.text).text(label, x + 12, y + 1, { lineBreak: false });
    x += 70;
  }
  doc
    .circle(x + 4.5, y + 4.5, 3.5)
    .lineWidth(1.4)
    .strokeColor(COLORS.injection)
    .stroke();
  doc.fillColor(COLORS.text).text('XR-NTX injection', x + 12, y + 1, { lineBreak: false });
  doc.x = PAGE.margin;
  doc.y = y + 16;
}
