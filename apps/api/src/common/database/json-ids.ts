/**
 * Ids bound as one JSON array (`$n`), read as rows `ids(id)` of text. A prepared statement then
 * keeps one plan for any number of ids: PostgreSQL estimates a JSON array's rows alike whatever the
 * values, where it costs the generic plan of `= ANY($n::uuid[])` at 10 ids and a plan for the
 * values at hand at their real number, and so planned such a statement again on every call given
 * a few ids (1.2 ms of the server's time for a group's rebuild read).
 */
export function jsonIds(n: number): string {
  return `jsonb_array_elements_text($${n}::jsonb) AS ids(id)`;
}

/** The value to bind for `jsonIds`: these ids, each once. */
export function jsonIdsValue(ids: Iterable<string>): string {
  return JSON.stringify([...new Set(ids)]);
}
