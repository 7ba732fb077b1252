import { Table, UnstyledButton } from '@mantine/core';
import type { CaseloadSort, CaseloadSortKey } from '../../api/caseload';
import type { CaseloadColumn } from './caseload-columns';
import classes from './caseload-table.module.css';

interface SortProps {
  sort: CaseloadSort;
  onSortChange: (sort: CaseloadSort) => void;
}

function directionOf(sort: CaseloadSort, key: CaseloadSortKey): 'ascending' | 'descending' | 'none' {
  if (sort === key) return 'ascending';
  if (sort === `-${key}`) return 'descending';
  return 'none';
}

function HeaderCell({ column, sort, onSortChange }: { column: CaseloadColumn } & SortProps) {
  const { sortKey } = column;
  if (!sortKey) {
    return (
      <Table.Th scope="col" className={classes.headerCell} data-numeric={column.numeric || undefined}>
        {column.label}
      </Table.Th>
    );
  }
  const direction = directionOf(sort, sortKey);
  // A first click sorts ascending; clicking the sorted column flips it.
  const next: CaseloadSort = direction === 'ascending' ? `-${sortKey}` : sortKey;
  return (
    <Table.Th
      scope="col"
      aria-sort={direction}
      className={classes.headerCell}
      data-numeric={column.numeric || undefined}
    >
      <UnstyledButton className={classes.sortButton} onClick={() => onSortChange(next)}>
        {column.label}
        <span aria-hidden className={classes.sortIcon} data-active={direction !== 'none' || undefined}>
          {direction === 'descending' ? '▼' : '▲'}
        </span>
      </UnstyledButton>
    </Table.Th>
  );
}

export function CaseloadHeader({ columns, ...sort }: SortProps & { columns: readonly CaseloadColumn[] }) {
  return (
    <Table.Thead>
      <Table.Tr aria-rowindex={1}>
        {columns.map((column) => (
          <HeaderCell key={column.id} column={column} {...sort} />
        ))}
      </Table.Tr>
    </Table.Thead>
  );
}
