import { pipeline } from 'node:stream/promises';
import { PART2_NOTICE } from '@naltrack/domain';
import PDFDocument from 'pdfkit';
import { COLORS, ensureRoom, FONTS, heading, PAGE } from '../../reports/pdf/pdf-layout.js';
import type { CaseReviewAgendaDto, CaseReviewAgendaItemDto } from '../dto/case-review.dto.js';

/** The Part 2 notice and the page number, drawn as each page begins. */
function drawFooter(doc: PDFKit.PDFDocument, pageNumber: number): void {
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
  const label = `Page ${pageNumber}`;
  doc.font(FONTS.body).fontSize(7.5).fillColor(COLORS.muted);
  doc.text(label, doc.page.width - PAGE.margin - doc.widthOfString(label), top, { lineBreak: false });
  doc.x = x;
  doc.y = y;
}

function drawItem(doc: PDFKit.PDFDocument, item: CaseReviewAgendaItemDto): void {
  ensureRoom(doc, 48);
  doc.font(FONTS.bold).fontSize(10).fillColor(COLORS.text).text(`${item.name} · MRN ${item.mrn}`, PAGE.margin);
  const figures = item.figures.map((f) => `${f.label}: ${f.value}`).join(' · ');
  doc.font(FONTS.body).fontSize(9).fillColor(COLORS.muted).text(figures, PAGE.margin);
  const decision = item.discussed
    ? `Discussed by ${item.discussed.discussedBy.displayName}: ${item.discussed.decisionNote}`
    : 'Decision: ______________________________________________';
  doc.fillColor(COLORS.text).text(decision, PAGE.margin);
  doc.moveDown(0.5);
}

/** The agenda as a printable document, the Part 2 notice in every page's footer, streamed to `output`. */
export async function writeCaseReviewPdf(agenda: CaseReviewAgendaDto, output: NodeJS.WritableStream): Promise<void> {
  const title = `Case review: ${agenda.careTeamName}, ${agenda.on}`;
  const doc = new PDFDocument({
    size: PAGE.size,
    margin: PAGE.margin,
    autoFirstPage: false,
    info: { Title: title, Author: 'Naltrack', Subject: PART2_NOTICE },
  });
  let pages = 0;
  doc.on('pageAdded', () => drawFooter(doc, ++pages));
  const written = pipeline(doc, output);
  doc.addPage();
  doc.font(FONTS.bold).fontSize(16).fillColor(COLORS.text).text(title, PAGE.margin);
  for (const section of agenda.sections) {
    heading(doc, `${section.title} (${section.items.length})`);
    if (section.items.length === 0) doc.fillColor(COLORS.muted).text('No patients.', PAGE.margin);
    for (const item of section.items) drawItem(doc, item);
  }
  doc.end();
  await written;
}
