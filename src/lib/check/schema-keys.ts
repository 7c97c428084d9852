import { z } from 'astro/zod';

/** Unwraps optional, default and pipe layers to the schema that holds the shape. */
function core(schema: z.core.$ZodType): z.core.$ZodType {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault || schema instanceof z.ZodNullable) {
    return core(schema.unwrap());
  }
  if (schema instanceof z.ZodPipe) return core(schema.out);
  return schema;
}

/** The field names an object schema accepts at a path of the data, for "did you mean" hints. */
export function fieldsAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  let current = core(schema);
  for (const key of path) {
    if (current instanceof z.ZodArray) current = core(current.element);
    else if (current instanceof z.ZodObject && typeof key === 'string' && key in current.shape) {
      const shape: Record<string, z.core.$ZodType> = current.shape;
      const field = shape[key];
      if (!field) return [];
      current = core(field);
    } else return [];
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}
