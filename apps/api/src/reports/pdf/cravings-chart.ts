import { type ClinicalDate, daysBetween, PACS_TOTAL_MAX } from '@naltrack/domain';
import { COLORS, ensureRoom, FONTS, PAGE } from './pdf-layout.js';

const HEIGHT = 120;
const AXIS = 24;

export interface PacsPoint {
  observedOn: ClinicalDate;
  total: number;
}

/** PACS totals over the period as a line, with the high-craving threshold dashed across. */
export function drawCravingsChart(
  doc: PDFKit.PDFDocument,
  points: readonly PacsPoint[],
  period: { from: ClinicalDate; to: ClinicalDate },
  threshold: number,
): void {
  if (points.length === 0) {
    doc.font(FONTS.body).fontSize(9).fillColor(COLORS.muted).text('No PACS recorded in the period.', PAGE.margin);
    return;
  }
  ensureRoom(doc, HEIGHT + 30);
  const left = PAGE.margin + AXIS;
  const top = doc.y + 4;
  const width = doc.page.width - PAGE.margin - left;
  const span = Math.max(1, daysBetween(period.from, period.to));
  const xOf = (day: ClinicalDate) => left + (daysBetween(period.from, day) / span) * width;
  const yOf = (total: number) => top + HEIGHT - (total / PACS_TOTAL_MAX) * HEIGHT;

  doc.lineWidth(0.5).strokeColor(COLORS.rule);
  doc.font(FONTS.body).fontSize(7).fillColor(COLORS.muted);
  for (const tick of [0, 10, 20, 30]) {
    doc
      .moveTo(left, yOf(tick))
      .lineTo(left + width, yOf(tick))
      .stroke();
    doc.text(String(tick), PAGE.margin, yOf(tick) - 3, { width: AXIS - 6, align: 'right', lineBreak: false });
  }
  doc.text(period.from, left, top + HEIGHT + 4, { lineBreak: false });
  doc.text(period.to, left + width - 40, top + HEIGHT + 4, { lineBreak: false });

  doc
    .moveTo(left, yOf(threshold))
    .lineTo(left + width, yOf(threshold))
    .dash(4, { space: 3 })
    .lineWidth(1)
    .strokeColor(COLORS.threshold)
    .stroke()
    .undash();
  doc
    .fillColor(COLORS.threshold)
    .text(`High craving (${threshold})`, left + 4, yOf(threshold) - 10, { lineBreak: false });

  const sorted = [...points].sort((a, b) => (a.observedOn < b.observedOn ? -1 : 1));
  sorted.forEach((point, i) => {
    const x = xOf(point.observedOn);
    const y = yOf(point.total);
    if (i === 0) doc.moveTo(x, y);
    else doc.lineTo(x, y);
  });
  doc.lineWidth(1.5).strokeColor(COLORS.line).stroke();
  for (const point of sorted) doc.circle(xOf(point.observedOn), yOf(point.total), 2.5).fill(COLORS.line);

  doc.x = PAGE.margin;
  doc.y = top + HEIGHT + 16;
}
