import fc, { type Arbitrary } from 'fast-check';

/** The part of JSON Schema that the OpenAPI document of our zod schemas uses. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
}

// Small collections keep a request cheap; lengths at and past the limits come from the edge cases.
const MAX_ITEMS = 4;

/** Strings a careless handler might trip over: paths, SQL, control characters, huge numbers. */
export const hostileString = fc.constantFrom(
  '',
  ' ',
  '0',
  '-1',
  '1e309',
  'NaN',
  'null',
  '../../etc/passwd',
  "' OR 1=1 --",
  '"; DROP TABLE outcomes; --',
  '<script>alert(1)</script>',
  '\u0000',
  '\uFEFF',
  '%',
  '%00',
  'x'.repeat(10_000),
  '9'.repeat(400),
  'SOU',
  'ÅÄÖ',
);

function stringArbitrary(schema: JsonSchema): Arbitrary<string> {
  if (schema.pattern) {
    try {
      return fc.stringMatching(new RegExp(schema.pattern), { size: 'xsmall' });
    } catch {
      // A pattern fast-check cannot read: any string, the validator will judge it.
    }
  }
  if (schema.format === 'date') {
    return fc
      .date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
  }
  return fc.string({
    minLength: schema.minLength ?? 0,
    maxLength: Math.min(schema.maxLength ?? 40, 40),
    unit: 'grapheme',
  });
}

function numberArbitrary(schema: JsonSchema, integer: boolean): Arbitrary<number> {
  const min = schema.minimum ?? schema.exclusiveMinimum ?? -1e6;
  const max = schema.maximum ?? schema.exclusiveMaximum ?? 1e6;
  // Realistic values (years, measure numbers, versions) are small: most draws stay near them.
  const near = (lo: number, hi: number) =>
    integer
      ? fc.integer({ min: Math.max(lo, -1e6, Number.MIN_SAFE_INTEGER), max: Math.min(hi, 1e6) })
      : fc.double({ min: Math.max(lo, -1e6), max: Math.min(hi, 1e6), noNaN: true });
  return fc.oneof({ weight: 4, arbitrary: near(min, max) }, fc.constantFrom(min, max));
}

/**
 * Values that mostly satisfy `schema`, so that requests get past validation into the handlers;
 * refinements the JSON Schema cannot express (a known unit, a year in the period) are left to
 * chance, and that is as intended.
 */
export function schemaArbitrary(schema: JsonSchema, depth = 0): Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((s) => schemaArbitrary(s, depth)));
  if (schema.allOf?.length) return schemaArbitrary(Object.assign({}, ...schema.allOf), depth);
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length > 1) {
    return fc.oneof(...types.map((type) => schemaArbitrary({ ...schema, type }, depth)));
  }
  switch (types[0]) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return numberArbitrary(schema, true);
    case 'number':
      return numberArbitrary(schema, false);
    case 'string':
      return stringArbitrary(schema);
    case 'array':
      return fc.array(schema.items ? schemaArbitrary(schema.items, depth + 1) : fc.jsonValue(), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.max(
          schema.minItems ?? 0,
          Math.min(schema.maxItems ?? MAX_ITEMS, MAX_ITEMS),
        ),
      });
    case 'object': {
      const properties = schema.properties ?? {};
      const required = new Set(schema.required ?? []);
      const record = fc.record(
        Object.fromEntries(
          Object.entries(properties).map(([key, value]) => [
            key,
            schemaArbitrary(value, depth + 1),
          ]),
        ),
        { requiredKeys: Object.keys(properties).filter((key) => required.has(key)) },
      );
      return record;
    }
    default:
      return depth > 3 ? fc.constant(null) : fc.jsonValue({ maxDepth: 2 });
  }
}

/** Anything at all in place of a value: the wrong type, hostile text, deep nesting. */
export const anyValue: Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.jsonValue({ maxDepth: 3 }),
  fc.integer(),
  fc.constantFrom(Number.MAX_SAFE_INTEGER + 2, -0, 1.5, 1e308),
);

/**
 * A value for `schema` that is valid most of the time and otherwise perturbed: a property
 * dropped, replaced by anything, or the whole value swapped for something else.
 */
export function fuzzValue(schema: JsonSchema): Arbitrary<unknown> {
  const valid = schemaArbitrary(schema);
  const perturbed = fc
    .tuple(valid, fc.string({ maxLength: 12 }), anyValue, fc.boolean())
    .map(([value, key, replacement, drop]) => {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return replacement;
      const keys = Object.keys(value);
      const target = keys.length > 0 ? keys[key.length % keys.length]! : key;
      const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
      if (drop) delete copy[target];
      else copy[target] = replacement;
      return copy;
    });
  return fc.oneof({ weight: 3, arbitrary: valid }, { weight: 2, arbitrary: perturbed }, anyValue);
}
