import { setImmediate as nextTurn } from 'node:timers/promises';

// Work on thousands of rows done in turns: between two turns the event loop answers other
// requests, so a large import holds nobody up for more than a few tens of milliseconds.

/** Items handled between two turns of the event loop. */
export const ITEMS_PER_TURN = 500;

/** `fn` of every item, in order, a turn's worth of items at a time. */
export async function mapInTurns<T, R>(items: readonly T[], fn: (item: T) => R): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += ITEMS_PER_TURN) {
    if (start > 0) await nextTurn();
    for (const item of items.slice(start, start + ITEMS_PER_TURN)) results.push(fn(item));
  }
  return results;
}

/** JSON text known to hold a `T`: only made by stringifyInTurns. */
export type JsonText<T> = string & { readonly json: T };

type ArrayKey<T> = { [K in keyof T]: T[K] extends readonly unknown[] ? K : never }[keyof T] &
  string;

/** JSON.stringify(items), a turn's worth of items at a time. */
export async function arrayJsonInTurns<T>(items: readonly T[]): Promise<JsonText<T[]>> {
  const parts = await mapInTurns(items, (item) => JSON.stringify(item));
  return `[${parts.join(',')}]` as JsonText<T[]>;
}

/** JSON.stringify(value), with its long array `key` written a turn's worth of items at a time. */
export async function stringifyInTurns<T extends object>(
  value: T,
  key: ArrayKey<T>,
): Promise<JsonText<T>> {
  const { [key]: items, ...rest } = value;
  const array = await arrayJsonInTurns(items as readonly unknown[]);
  const head = JSON.stringify(rest).slice(0, -1);
  const separator = head === '{' ? '' : ',';
  return `${head}${separator}${JSON.stringify(key)}:${array}}` as JsonText<T>;
}
