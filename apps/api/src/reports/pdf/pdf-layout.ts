/** Letter pages with room at the bottom for the Part 2 footer. */
export const PAGE = { size: 'LETTER', margin: 50, footerHeight: 36 } as const;

export const COLORS = {
  text: '#1f2933',
  muted: '#5f6b7a',
  rule: '#c8ced6',
  covered: '#2b8a3e',
  uncovered: '#f4a3a3',
  offTreatment: '#e9ecef',
  injection: '#1c3d72',
  threshold: '#c92a2a',
  line: '#1c7ed6',
} as const;

export const FONTS = {
  body: 'Helvetica',
  bold: 'Helvetica-Bold',
  // Courier has no kerning pairs, so the notice is one unbroken string in the page content.
  notice: 'Courier',
} as const;

/** The lowest y that content may reach on a page, above the footer. */
export function contentBottom(doc: PDFKit.PDFDocument): number {
  return doc.page.height - PAGE.margin - PAGE.footerHeight;
}

/** Starts a new page unless `height` more points fit on this one. */
export function ensureRoom(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > contentBottom(doc)) doc.addPage();
}

export function heading(doc: PDFKit.PDFDocument, text: string): void {
  ensureRoom(doc, 40);
  doc.moveDown(0.8).font(FONTS.bold).fontSize(12).fillColor(COLORS.text).text(text, PAGE.margin);
  doc.moveDown(0.3).font(FONTS.body).fontSize(9);
}
