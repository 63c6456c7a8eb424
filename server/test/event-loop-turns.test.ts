import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ITEMS_PER_TURN, mapInTurns, stringifyInTurns } from '../src/event-loop-turns';
import { turnsDuring } from './helpers';

describe('work in turns', () => {
  it('maps every item in order, letting other work run between turns', async () => {
    const items = Array.from({ length: ITEMS_PER_TURN * 3 + 1 }, (_, i) => i);
    const { result: doubled, turns } = await turnsDuring(() => mapInTurns(items, (i) => i * 2));
    expect(doubled).toEqual(items.map((i) => i * 2));
    // Three turns between four slices: the other work ran in each of them.
    expect(turns).toBeGreaterThanOrEqual(3);
  });

  it('writes the same JSON as JSON.stringify', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.string(), fc.jsonValue()),
        fc.array(fc.jsonValue(), { maxLength: ITEMS_PER_TURN * 2 + 3 }),
        async (rest, rows) => {
          const value = { ...rest, rows };
          expect(JSON.parse(await stringifyInTurns(value, 'rows'))).toEqual(
            JSON.parse(JSON.stringify(value)),
          );
        },
      ),
      { numRuns: 30 },
    );
  });
});
