import { Badge, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CaseloadItem, CaseloadSortKey } from '../../api/caseload';
import { STATUS_LABELS } from '../../components/clinical-labels';
import { switchTargetShortWords } from '../patient/switch-labels';
import {
  dateText,
  FORMULATION_LABELS,
  INJECTION_STATUS_COLORS,
  INJECTION_STATUS_LABELS,
  MISSING,
  numberText,
  percentText,
} from './caseload-labels';
import { FlagBadge } from './flag-badge';

export interface CaseloadColumn {
  id: string;
  label: string;
  /** Pixels; the table lays out fixed so rows never change height while scrolling. */
  width: number;
  sortKey?: CaseloadSortKey;
  /** Narrower, for tablet widths (under 1280 px). */
  compactWidth?: number;
  numeric?: boolean;
  /** Shown by default under 1280 px, where not every column fits. */
  essential?: boolean;
  render: (item: CaseloadItem) => ReactNode;
}

function NextInjection({ injection }: { injection: CaseloadItem['injection'] }) {
  if (injection.status === 'none') return MISSING;
  return (
    <Group gap={6} wrap="nowrap">
      <span>{dateText(injection.dueOn)}</span>
      <Badge
        size="xs"
        radius="sm"
        tt="none"
        variant="outline"
        color={INJECTION_STATUS_COLORS[injection.status]}
        c="dark.8"
      >
        {INJECTION_STATUS_LABELS[injection.status]}
      </Badge>
    </Group>
  );
}

/**
 * The status, and for a switched patient the medication they are on now and who prescribes it, in
 * short ("Switched medication" would leave the target no room); the title holds it whole when cut.
 */
function Status({ item }: { item: CaseloadItem }) {
  if (!item.switchedTo) return STATUS_LABELS[item.status];
  const text = `Switched · ${switchTargetShortWords(item.switchedTo)}`;
  return <span title={text}>{text}</span>;
}

function Outreach({ outreach }: { outreach: CaseloadItem['outreach'] }) {
  if (outreach.openTasks === 0) return MISSING;
  const due = outreach.nextDueOn ? ` · due ${dateText(outreach.nextDueOn)}` : '';
  return `${numberText(outreach.openTasks)} open${due}`;
}

function Flags({
  flags,
  acknowledged,
}: Pick<CaseloadItem, 'flags'> & { acknowledged: CaseloadItem['acknowledgedFlags'] }) {
  if (flags.length === 0)
    return (
      <Text c="gray.6" span size="xs">
        {MISSING}
      </Text>
    );
  return (
    <Group gap={4} wrap="nowrap">
      {flags.map((flag) => (
        <FlagBadge key={flag} flag={flag} acknowledgement={acknowledged.find((a) => a.flag === flag)} />
      ))}
    </Group>
  );
}

export const CASELOAD_COLUMNS: readonly CaseloadColumn[] = [
  {
    id: 'name',
    label: 'Name',
    width: 200,
    compactWidth: 170,
    sortKey: 'name',
    essential: true,
    render: (item) => item.name,
  },
  { id: 'mrn', label: 'MRN', width: 110, sortKey: 'mrn', render: (item) => item.mrn },
  { id: 'status', label: 'Status', width: 190, compactWidth: 150, render: (item) => <Status item={item} /> },
  {
    id: 'formulation',
    label: 'Formulation',
    width: 110,
    render: (item) => (item.formulation ? FORMULATION_LABELS[item.formulation] : MISSING),
  },
  {
    id: 'daysOnNaltrexone',
    label: 'Days on NTX',
    width: 110,
    sortKey: 'daysOnNaltrexone',
    numeric: true,
    render: (item) => numberText(item.daysOnNaltrexone),
  },
  {
    id: 'pdc30',
    label: 'PDC 30',
    width: 90,
    sortKey: 'pdc30',
    numeric: true,
    render: (item) => percentText(item.pdc30),
  },
  {
    id: 'pdc90',
    label: 'PDC 90',
    width: 90,
    sortKey: 'pdc90',
    numeric: true,
    render: (item) => percentText(item.pdc90),
  },
  {
    id: 'injectionDue',
    label: 'Next injection',
    width: 180,
    compactWidth: 150,
    sortKey: 'injectionDue',
    essential: true,
    render: (item) => <NextInjection injection={item.injection} />,
  },
  {
    id: 'attendanceRate90',
    label: 'Attendance 90d',
    width: 120,
    numeric: true,
    render: (item) => percentText(item.attendanceRate90),
  },
  {
    id: 'latestPacs',
    label: 'Latest PACS',
    width: 100,
    sortKey: 'latestPacs',
    numeric: true,
    render: (item) => numberText(item.latestPacs),
  },
  {
    id: 'lastSessionOn',
    label: 'Last session',
    width: 110,
    sortKey: 'lastSessionOn',
    render: (item) => dateText(item.lastSessionOn),
  },
  {
    id: 'outreach',
    label: 'Outreach',
    width: 150,
    compactWidth: 130,
    essential: true,
    render: (item) => <Outreach outreach={item.outreach} />,
  },
  {
    id: 'flags',
    label: 'Flags',
    width: 320,
    compactWidth: 220,
    essential: true,
    render: (item) => <Flags flags={item.flags} acknowledged={item.acknowledgedFlags} />,
  },
];

export function columnWidth(column: CaseloadColumn, compact: boolean): number {
  return compact ? (column.compactWidth ?? column.width) : column.width;
}

/** Fixed row height: with single-line cells the virtualizer never has to measure. */
export const ROW_HEIGHT = 34;
