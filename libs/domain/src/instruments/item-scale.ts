import type { InstrumentKind } from './instrument-score.js';

/**
 * An instrument's items: how many, and the scores each may take. Items are listed in the
 * instrument's order; `items.N` in messages counts from 0 like the request body's array.
 */
export interface ItemScale {
  kind: InstrumentKind;
  label: string;
  /** Allowed scores of each item, in order. */
  items: readonly (readonly number[])[];
}

export const range = (min: number, max: number): readonly number[] =>
  Array.from({ length: max - min + 1 }, (_, i) => min + i);

export const uniformScale = (kind: InstrumentKind, label: string, count: number, max: number): ItemScale => ({
  kind,
  label,
  items: Array.from({ length: count }, () => range(0, max)),
});

function allowedWords(allowed: readonly number[]): string {
  const contiguous = allowed.every((v, i) => i === 0 || v === (allowed[i - 1] ?? 0) + 1);
  return contiguous ? `a whole number from ${allowed[0]} to ${allowed.at(-1)}` : allowed.join(' or ');
}

/**
 * What is wrong with a list of item scores, in words naming `items` or the first bad `items.N`;
 * null when the list has the instrument's items, each an allowed score.
 */
export function itemsProblem(scale: ItemScale, items: unknown): string | null {
  const count = scale.items.length;
  if (!Array.isArray(items)) return `items must be the list of the ${count} ${scale.label} item scores`;
  if (items.length !== count) {
    return `items must hold the ${count} ${scale.label} item scores, not ${items.length}`;
  }
  const allowedAt = (i: number): readonly number[] => scale.items[i] ?? [];
  const bad = items.findIndex((v, i) => typeof v !== 'number' || !allowedAt(i).includes(v));
  if (bad === -1) return null;
  return `items.${bad} (${scale.label} item ${bad + 1}) must be ${allowedWords(allowedAt(bad))}`;
}

/** The items as numbers, or a RangeError naming the problem: the scorers' guard. */
export function checkedItems(scale: ItemScale, items: readonly unknown[]): number[] {
  const problem = itemsProblem(scale, items);
  if (problem) throw new RangeError(problem);
  return items as number[];
}

export const sum = (values: readonly number[]): number => values.reduce((total, v) => total + v, 0);

/** The sum of the items numbered (1-based, as the instrument's manual numbers them). */
export const sumOfItems = (items: readonly number[], numbers: readonly number[]): number =>
  sum(numbers.map((n) => items[n - 1] ?? 0));
