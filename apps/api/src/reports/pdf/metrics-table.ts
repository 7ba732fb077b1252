import type { PeriodMetrics } from '../period-metrics.js';
import { COLORS, ensureRoom, FONTS, PAGE } from './pdf-layout.js';

const percent = (value: number | null) => (value === null ? '–' : `${Math.round(value * 100)}%`);
const ratio = (value: number | null) => (value === null ? '–' : value.toFixed(2));

const COLUMNS: { title: string; width: number; cell: (m: PeriodMetrics) => string }[] = [
  { title: 'Period', width: 96, cell: (m) => `${m.period.from} – ${m.period.to.slice(5)}` },
  { title: 'PDC', width: 34, cell: (m) => percent(m.pdc) },
  { title: 'MPR', width: 32, cell: (m) => ratio(m.mpr) },
  { title: 'Covered', width: 42, cell: (m) => `${m.coveredDays}/${m.periodDays}` },
  { title: 'Gaps', width: 40, cell: (m) => (m.gaps ? `${m.gaps} (${m.gapDays} d)` : '0') },
  { title: 'Injection', width: 50, cell: (m) => m.injectionStatus.replace('_', ' ') },
  { title: 'Attend.', width: 38, cell: (m) => percent(m.attendanceRate) },
  { title: 'Came/missed', width: 54, cell: (m) => `${m.sessionsAttended}/${m.sessionsMissed}` },
  { title: 'PACS', width: 30, cell: (m) => (m.latestPacs === null ? '–' : String(m.latestPacs)) },
  { title: 'Relapses', width: 46, cell: (m) => (m.relapses ? `${m.relapses} (${m.earlyRelapses} early)` : '0') },
  { title: 'Discont.', width: 50, cell: (m) => m.discontinuationStatus?.replace('_', ' ') ?? '–' },
];

const ROW_HEIGHT = 14;

/** One row per month, then the whole period in bold. */
export function drawMetricsTable(doc: PDFKit.PDFDocument, months: PeriodMetrics[], whole: PeriodMetrics): void {
  const row = (cells: string[], font: string, color: string) => {
    ensureRoom(doc, ROW_HEIGHT);
    const y = doc.y;
    let x = PAGE.margin;
    doc.font(font).fontSize(7.5).fillColor(color);
    COLUMNS.forEach((column, i) => {
      doc.text(cells[i] ?? '', x, y, { width: column.width - 4, lineBreak: false });
      x += column.width;
    });
    doc.y = y + ROW_HEIGHT;
    doc
      .moveTo(PAGE.margin, doc.y - 3)
      .lineTo(x, doc.y - 3)
      .lineWidth(0.5)
      .strokeColor(COLORS.rule)
      .stroke();
  };
  row(
    COLUMNS.map((c) => c.title),
    FONTS.bold,
    COLORS.muted,
  );
  for (const m of months)
    row(
      COLUMNS.map((c) => c.cell(m)),
      FONTS.body,
      COLORS.text,
    );
  row(
    COLUMNS.map((c, i) => (i === 0 ? 'Whole period' : c.cell(whole))),
    FONTS.bold,
    COLORS.text,
  );
  doc.x = PAGE.margin;
}
