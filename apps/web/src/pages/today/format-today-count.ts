const formatNumber = new Intl.NumberFormat('en-US').format;

/** A count as the page shows it: the API counts up to a limit, and a count at the limit means at least that many. */
export function formatTodayCount(count: number, limit: number): string {
  return count >= limit ? `${formatNumber(limit)}+` : formatNumber(count);
}
