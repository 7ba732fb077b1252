import { type CaseloadFlag, type ClinicalDate, FLAG_LABELS } from '@naltrack/domain';
import { COLORS, ensureRoom, FONTS, heading, PAGE } from './pdf-layout.js';

const LABEL_WIDTH = 120;

/** The caseload's current flags, each with its label and rule; they describe the patient today, not the period. */
export function drawCurrentFlags(
  doc: PDFKit.PDFDocument,
  flags: readonly CaseloadFlag[],
  asOf: ClinicalDate | null,
  descriptions: Record<CaseloadFlag, string>,
): void {
  heading(doc, asOf ? `Current flags as of ${asOf}` : 'Current flags');
  if (flags.length === 0) doc.fillColor(COLORS.muted).text('None.');
  const textX = PAGE.margin + LABEL_WIDTH;
  for (const flag of flags) {
    ensureRoom(doc, 24);
    const y = doc.y;
    doc
      .font(FONTS.bold)
      .fontSize(9)
      .fillColor(COLORS.text)
      .text(FLAG_LABELS[flag], PAGE.margin, y, { lineBreak: false });
    doc.font(FONTS.body).text(descriptions[flag], textX, y, { width: doc.page.width - PAGE.margin - textX });
    doc.moveDown(0.2);
  }
  doc.x = PAGE.margin;
}
