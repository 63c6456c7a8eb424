import type { JsonSchema } from './api/get-openapi';
import { strings } from './strings';

/** A JSON schema's type in a few Swedish words: "heltal", "lista av text", "text, eller null". */
export function describeType(schema: JsonSchema | undefined): string {
  if (!schema) return strings.types.string!;
  if (schema.enum)
    return strings.oneOf(schema.enum.map((value) => JSON.stringify(value)).join(', '));
  const variants = schema.anyOf ?? [];
  if (variants.length > 0) {
    const present = variants.filter((variant) => variant.type !== 'null');
    const described = present.map(describeType).join(' / ');
    return present.length < variants.length ? strings.orNull(described) : described;
  }
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const named = types.filter((type) => type !== 'null');
  const main = named
    .map((type) =>
      type === 'array' ? strings.listOf(describeType(schema.items)) : (strings.types[type] ?? type),
    )
    .join(' / ');
  return types.includes('null') ? strings.orNull(main || strings.types.null!) : main;
}

/** The top-level fields of a JSON body, with whether each must be sent. */
export function bodyFields(schema: JsonSchema | undefined) {
  const required = new Set(schema?.required ?? []);
  return Object.entries(schema?.properties ?? {}).map(([name, field]) => ({
    name,
    type: describeType(field),
    required: required.has(name),
  }));
}
