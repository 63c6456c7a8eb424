import { describe, expect, it } from 'vitest';
import { bodyFields, describeType } from './describe-schema';

describe('describeType', () => {
  it('names JSON schema types in Swedish', () => {
    expect(describeType({ type: 'integer' })).toBe('heltal');
    expect(describeType({ type: ['number', 'null'] })).toBe('tal, eller null');
    expect(describeType({ type: 'array', items: { type: 'string' } })).toBe('lista av text');
    expect(describeType({ type: 'string', enum: ['up', 'down'] })).toBe('en av "up", "down"');
    expect(describeType({ anyOf: [{ type: 'string' }, { type: 'null' }] })).toBe(
      'text, eller null',
    );
  });
});

describe('bodyFields', () => {
  it('lists the top-level fields with whether each is required', () => {
    expect(
      bodyFields({
        type: 'object',
        properties: { name: { type: 'string' }, version: { type: 'integer' } },
        required: ['version'],
      }),
    ).toEqual([
      { name: 'name', type: 'text', required: false },
      { name: 'version', type: 'heltal', required: true },
    ]);
  });
});
