import { Table } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import type { CaseloadItem, CaseloadSort } from '../../api/caseload';
import { type CaseloadColumn, columnWidth, ROW_HEIGHT } from './caseload-columns';
import { CaseloadHeader } from './caseload-header';
import { CaseloadRow } from './caseload-row';
import classes from './caseload-table.module.css';

/** Rows rendered beyond the visible window, so keyboard moves always land on a rendered row. */
const OVERSCAN = 10;
/** Ask for the next page this many rows before the end, so scrolling rarely waits. */
const PREFETCH_ROWS = 30;
const PAGE_ROWS = 15;

interface CaseloadTableProps {
  items: readonly CaseloadItem[];
  /** The shown columns, in order. */
  columns: readonly CaseloadColumn[];
  /** Narrower columns, for tablet widths. */
  compact: boolean;
  /** Patients matching the filters, loaded or not. */
  total: number;
  labelledBy: string;
  sort: CaseloadSort;
  onSortChange: (sort: CaseloadSort) => void;
  onOpen: (item: CaseloadItem) => void;
  /** Changes whenever the filters do: the list starts again at the top. */
  resetKey: string;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => void;
}

function targetIndex(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowDown':
      return Math.min(index + 1, count - 1);
    case 'ArrowUp':
      return Math.max(index - 1, 0);
    case 'PageDown':
      return Math.min(index + PAGE_ROWS, count - 1);
    case 'PageUp':
      return Math.max(index - PAGE_ROWS, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

export function CaseloadTable(props: CaseloadTableProps) {
  const { items, columns, compact, hasNextPage, isFetchingNextPage, fetchNextPage } = props;
  const tableWidth = columns.reduce((sum, column) => sum + columnWidth(column, compact), 0);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const focusPending = useRef(false);

  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const lastRenderedIndex = virtualRows.at(-1)?.index ?? -1;

  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastRenderedIndex >= items.length - PREFETCH_ROWS) fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, lastRenderedIndex, items.length, fetchNextPage]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on purpose only when the filters change.
  useEffect(() => {
    setActiveIndex(0);
    virtualizer.scrollToOffset(0);
  }, [props.resetKey]);

  // Moves focus once the row keyboard navigation scrolled to has been rendered.
  useEffect(() => {
    if (!focusPending.current) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${activeIndex}"]`);
    if (row) {
      focusPending.current = false;
      row.focus();
    }
  });

  const handleKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number) => {
    if (event.key === 'Enter') {
      const item = items[index];
      if (item) props.onOpen(item);
      return;
    }
    const next = targetIndex(event.key, index, items.length);
    if (next === null) return;
    event.preventDefault();
    focusPending.current = true;
    setActiveIndex(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const first = virtualRows[0];
  const last = virtualRows.at(-1);
  const paddingTop = first ? first.start : 0;
  const paddingBottom = last ? virtualizer.getTotalSize() - last.end : 0;
  const active = Math.min(activeIndex, items.length - 1);

  return (
    <div ref={scrollRef} className={classes.scroller}>
      <Table
        className={classes.table}
        aria-labelledby={props.labelledBy}
        aria-rowcount={props.total + 1}
        stickyHeader
        highlightOnHover={false}
        verticalSpacing={6}
        horizontalSpacing="xs"
        style={{ width: tableWidth, minWidth: '100%' }}
      >
        <colgroup>
          {columns.map((column) => (
            <col key={column.id} style={{ width: columnWidth(column, compact) }} />
          ))}
        </colgroup>
        <CaseloadHeader columns={columns} sort={props.sort} onSortChange={props.onSortChange} />
        <Table.Tbody>
          {/* Spacers stand in for the rows outside the window, so the scrollbar is true to the list. */}
          {paddingTop > 0 ? (
            <tr aria-hidden style={{ height: paddingTop }}>
              <td colSpan={columns.length} />
            </tr>
          ) : null}
          {virtualRows.map((virtualRow) => {
            const item = items[virtualRow.index];
            if (!item) return null;
            return (
              <CaseloadRow
                key={item.patientId}
                item={item}
                columns={columns}
                index={virtualRow.index}
                active={virtualRow.index === active}
                onOpen={props.onOpen}
                onKeyDown={handleKeyDown}
                onFocus={setActiveIndex}
              />
            );
          })}
          {paddingBottom > 0 ? (
            <tr aria-hidden style={{ height: paddingBottom }}>
              <td colSpan={columns.length} />
            </tr>
          ) : null}
        </Table.Tbody>
      </Table>
    </div>
  );
}
