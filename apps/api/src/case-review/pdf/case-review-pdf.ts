import { pipeline } from 'node:stream/promises';
import { PART2_NOTICE } from '@naltrack/domain';
import PDFDocument from 'pdfkit';
import { drawPart2Footer } from '../../reports/pdf/part2-footer.js';
import { COLORS, ensureRoom, FONTS, heading, PAGE } from '../../reports/pdf/pdf-layout.js';
import type { CaseReviewAgendaDto, CaseReviewAgendaItemDto } from '../dto/case-review.dto.js';

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
  doc.on('pageAdded', () => drawPart2Footer(doc, ++pages));
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
