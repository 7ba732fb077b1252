/** Item scores adding up to `total`, filled from the first item, each at most `max`: spec input. */
export function itemsSumming(count: number, max: number, total: number): number[] {
  return Array.from({ length: count }, (_, i) => Math.max(0, Math.min(max, total - i * max)));
}
