import { PART2_NOTICE } from '@naltrack/domain';
import { COLORS, FONTS, PAGE } from './pdf-layout.js';

/** The Part 2 notice and the page number in the footer, drawn as each page begins. */
export function drawPart2Footer(doc: PDFKit.PDFDocument, pageNumber: number): void {
  const { x, y } = doc;
  const top = doc.page.height - PAGE.margin - PAGE.footerHeight + 14;
  doc
    .moveTo(PAGE.margin, top - 6)
    .lineTo(doc.page.width - PAGE.margin, top - 6)
    .lineWidth(0.5)
    .strokeColor(COLORS.rule)
    .stroke();
  doc
    .font(FONTS.notice)
    .fontSize(7.5)
    .fillColor(COLORS.text)
    .text(PART2_NOTICE, PAGE.margin, top, { lineBreak: false });
  // No width here: a width would make pdfkit reuse the line wrapper of the text being laid out.
  const label = `Page ${pageNumber}`;
  doc.font(FONTS.body).fontSize(7.5).fillColor(COLORS.muted);
  doc.text(label, doc.page.width - PAGE.margin - doc.widthOfString(label), top, { lineBreak: false });
  doc.x = x;
  doc.y = y;
}
