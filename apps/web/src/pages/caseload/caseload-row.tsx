import { Table } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import type { CaseloadItem } from '../../api/caseload';
import { type CaseloadColumn, ROW_HEIGHT } from './caseload-columns';
import classes from './caseload-table.module.css';

interface CaseloadRowProps {
  item: CaseloadItem;
  columns: readonly CaseloadColumn[];
  index: number;
  /** The one row in the tab order (roving tabindex), so Tab leaves the table in one step. */
  active: boolean;
  onOpen: (item: CaseloadItem) => void;
  onKeyDown: (event: KeyboardEvent<HTMLTableRowElement>, index: number) => void;
  onFocus: (index: number) => void;
}

export function CaseloadRow({ item, columns, index, active, onOpen, onKeyDown, onFocus }: CaseloadRowProps) {
  return (
    <Table.Tr
      className={classes.row}
      data-index={index}
      // Position in the whole list, since only a window of rows is in the DOM; row 1 is the header.
      aria-rowindex={index + 2}
      tabIndex={active ? 0 : -1}
      h={ROW_HEIGHT}
      onClick={() => onOpen(item)}
      onKeyDown={(event) => onKeyDown(event, index)}
      onFocus={() => onFocus(index)}
    >
      {columns.map((column) =>
        column.id === 'name' ? (
          <Table.Th key={column.id} scope="row" className={classes.cell}>
            {column.render(item)}
          </Table.Th>
        ) : (
          <Table.Td key={column.id} className={classes.cell} data-numeric={column.numeric || undefined}>
            {column.render(item)}
          </Table.Td>
        ),
      )}
    </Table.Tr>
  );
}
