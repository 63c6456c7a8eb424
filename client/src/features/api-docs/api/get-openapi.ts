import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet, type ReadContext } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

// The API's own OpenAPI document (generated from the routes' zod schemas), of which the page
// reads what it shows: each operation's summary, parameters, body and answers.

export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  description?: string;
}
const JsonSchemaSchema: z.ZodType<JsonSchema> = z.looseObject({});

const ParameterSchema = z.looseObject({
  name: z.string(),
  in: z.string(),
  required: z.boolean().optional(),
  description: z.string().optional(),
  schema: JsonSchemaSchema.optional(),
});

const OperationSchema = z.looseObject({
  summary: z.string().optional(),
  description: z.string().optional(),
  tags: z.array(z.string()).optional(),
  parameters: z.array(ParameterSchema).optional(),
  requestBody: z
    .looseObject({
      content: z.record(z.string(), z.looseObject({ schema: JsonSchemaSchema.optional() })),
    })
    .optional(),
  responses: z.record(z.string(), z.looseObject({ description: z.string().optional() })).optional(),
});
export type Operation = z.infer<typeof OperationSchema>;
export type Parameter = z.infer<typeof ParameterSchema>;

const OpenApiSchema = z.looseObject({
  info: z.looseObject({ title: z.string(), description: z.string().optional() }),
  paths: z.record(z.string(), z.record(z.string(), OperationSchema)),
});
export type OpenApi = z.infer<typeof OpenApiSchema>;

export function getOpenApi(context?: ReadContext) {
  return apiGet('/openapi.json', OpenApiSchema, {}, context);
}

export function useOpenApi() {
  return useQuery(
    queryOptions({ queryKey: queryKeys.openApi(), queryFn: (context) => getOpenApi(context) }),
  );
}
