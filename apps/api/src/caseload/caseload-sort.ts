/**
 * The caseload's sort orders. Each is a keyset: expressions that never yield NULL (missing values
 * sort last) followed by patient_id, so a cursor names an exact position in the order.
 */
interface SortKey {
  expressions: string[];
  /** PostgreSQL type of each expression, for binding cursor values. */
  types: ('text' | 'numeric' | 'date' | 'int')[];
}

const ASCENDING: Record<string, SortKey> = {
  name: { expressions: ['s.family_name', 's.given_name'], types: ['text', 'text'] },
  mrn: { expressions: ['s.mrn'], types: ['text'] },
  pdc30: { expressions: ['COALESCE(s.pdc30, 2)'], types: ['numeric'] },
  pdc90: { expressions: ['COALESCE(s.pdc90, 2)'], types: ['numeric'] },
  daysOnNaltrexone: { expressions: ['COALESCE(s.days_on_naltrexone, 2147483647)'], types: ['int'] },
  injectionDue: { expressions: ["COALESCE(s.injection_due_on, DATE '9999-12-31')"], types: ['date'] },
  latestPacs: { expressions: ['COALESCE(s.latest_pacs, 99)'], types: ['int'] },
  lastSessionOn: { expressions: ["COALESCE(s.last_session_on, DATE '9999-12-31')"], types: ['date'] },
};

// Descending orders put missing values last too, so their stand-ins sit at the other end.
const DESCENDING: Record<string, SortKey> = {
  ...ASCENDING,
  pdc30: { expressions: ['COALESCE(s.pdc30, -1)'], types: ['numeric'] },
  pdc90: { expressions: ['COALESCE(s.pdc90, -1)'], types: ['numeric'] },
  daysOnNaltrexone: { expressions: ['COALESCE(s.days_on_naltrexone, -1)'], types: ['int'] },
  injectionDue: { expressions: ["COALESCE(s.injection_due_on, DATE '0001-01-01')"], types: ['date'] },
  latestPacs: { expressions: ['COALESCE(s.latest_pacs, -1)'], types: ['int'] },
  lastSessionOn: { expressions: ["COALESCE(s.last_session_on, DATE '0001-01-01')"], types: ['date'] },
};

export const CASELOAD_SORT_FIELDS = Object.keys(ASCENDING);
export const CASELOAD_SORTS = [...CASELOAD_SORT_FIELDS, ...CASELOAD_SORT_FIELDS.map((field) => `-${field}`)];

export interface ResolvedSort {
  /** `(expr1, expr2, s.patient_id)`: the row compared against the cursor. */
  key: string;
  /** `expr1 ASC, expr2 ASC, s.patient_id ASC` */
  orderBy: string;
  /** `>` or `<`: how rows after the cursor compare. */
  after: '>' | '<';
  types: SortKey['types'];
  /** The key's values as a text array, so the last row of a page yields the next cursor. */
  values: string;
}

export function resolveSort(sort: string): ResolvedSort {
  const descending = sort.startsWith('-');
  const field = descending ? sort.slice(1) : sort;
  const spec = (descending ? DESCENDING : ASCENDING)[field];
  if (!spec) throw new RangeError(`Unknown caseload sort ${sort}`);
  const direction = descending ? 'DESC' : 'ASC';
  return {
    key: `(${[...spec.expressions, 's.patient_id'].join(', ')})`,
    orderBy: [...spec.expressions, 's.patient_id'].map((e) => `${e} ${direction}`).join(', '),
    after: descending ? '<' : '>',
    types: spec.types,
    values: `ARRAY[${spec.expressions.map((e) => `(${e})::text`).join(', ')}]`,
  };
}
