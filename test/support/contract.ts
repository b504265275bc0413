import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

interface OpenApiDocument {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema?: object }> }> }>
  >;
  components: { schemas: Record<string, object> };
}

/**
 * Checks real answers against what the OpenAPI document declares for them: an operation whose body does not match
 * its declared schema, or whose status it does not declare at all, breaks the contract clients are built against.
 */
export function contractChecker(document: OpenApiDocument) {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'openapi', components: toJsonSchema(document.components) });
  const compiled = new Map<string, ValidateFunction | null>();

  return (route: string, status: number, body: unknown): string | null => {
    const [method, path] = route.split(' ');
    const operation = document.paths[path.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()];
    if (!operation) return `${route} is not in the document`;
    const response = operation.responses[String(status)];
    if (!response) return `${route} answered ${status}, which it does not declare`;
    const key = `${route} ${status}`;
    if (!compiled.has(key)) {
      const schema = response.content?.['application/json']?.schema;
      const rewritten = schema
        ? toJsonSchema(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/')))
        : null;
      compiled.set(key, rewritten ? ajv.compile(rewritten) : null);
    }
    const validate = compiled.get(key);
    // A declared answer that is not JSON (an SVG chart) arrives as raw bytes: its media type is its contract.
    if (!validate && Buffer.isBuffer(body) && Object.keys(response.content ?? {}).some((type) => !/json/.test(type)))
      return null;
    if (!validate)
      return status === 204 || body === '' || (body && typeof body === 'object' && Object.keys(body).length === 0)
        ? null
        : `${key} has a body but no schema`;
    return validate(body) ? null : `${key}: ${ajv.errorsText(validate.errors, { separator: '; ' })}`;
  };
}

/** OpenAPI 3.0's `nullable: true` as JSON Schema says it: the schema, or null. */
function toJsonSchema<T>(node: T): T {
  if (Array.isArray(node)) return node.map(toJsonSchema) as T;
  if (!node || typeof node !== 'object') return node;
  const { nullable, ...rest } = node as Record<string, unknown>;
  const converted = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, toJsonSchema(value)]));
  return (nullable === true ? { anyOf: [converted, { type: 'null' }] } : converted) as T;
}
