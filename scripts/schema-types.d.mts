/** PascalCase of a `$defs` key or schema file name, with the suffix (`Input` by default). */
export function typeName(key: string, suffix?: string): string;
/** TypeScript declarations for the schemas (file name → parsed schema), after `header`. */
export function schemaTypes(schemas: Record<string, unknown>, header: string): string;
