import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { ErrorResponse, FieldErrorResponse, ValidationErrorResponse } from '../http/error-response';

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;
type Responses = Operation['responses'];

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const schema = (name: string) => ({ 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } });

/** What any operation of its shape can answer besides its own responses, so no client meets an undocumented one. */
const STANDARD: Record<
  string,
  { description: string; schema: string; applies: (operation: Operation, method: string) => boolean }
> = {
  400: {
    description: 'The request has invalid fields; each is named with what is wrong with it. Nothing was changed',
    schema: 'ValidationErrorResponse',
    applies: (operation) => Boolean(operation.requestBody) || (operation.parameters?.length ?? 0) > 0,
  },
  401: {
    description: 'Not signed in, or the token is expired, revoked or invalid',
    schema: 'ErrorResponse',
    applies: (operation) => (operation.security?.length ?? 0) > 0,
  },
  403: {
    description: 'Signed in, but in a role this operation is not for',
    schema: 'ErrorResponse',
    applies: (operation) => (operation.security?.length ?? 0) > 0,
  },
  404: {
    description: 'No such record in your jobcentre',
    schema: 'ErrorResponse',
    applies: (operation) =>
      (operation.parameters ?? []).some((parameter) => 'in' in parameter && parameter.in === 'path'),
  },
  415: {
    description: 'A body that is not JSON sent with Content-Type: application/json',
    schema: 'ErrorResponse',
    // Refused for any POST, PUT or PATCH, also one that takes no body, rather than ignored.
    applies: (_operation, method) => ['post', 'put', 'patch'].includes(method),
  },
  503: {
    description: 'The database or the queue cannot be reached right now; retry after the Retry-After seconds',
    schema: 'ErrorResponse',
    applies: () => true,
  },
};

/** The OpenAPI document of an app, as /docs serves it and `npm run openapi` writes it to openapi.json. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Jobbro API')
      .setDescription(
        'The job centre service for companies and jobseekers: duty desk, companies, postings and matching.',
      )
      .setVersion('1')
      .addBearerAuth()
      .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Api-Key' }, 'api-key')
      .build(),
    { extraModels: [ErrorResponse, FieldErrorResponse, ValidationErrorResponse] },
  );
  for (const path of Object.values(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = path[method];
      if (operation) operation.responses = completeResponses(operation, method);
    }
  }
  return document;
}

function completeResponses(operation: Operation, method: string): Responses {
  const responses: Responses = { ...operation.responses };
  for (const [status, standard] of Object.entries(STANDARD)) {
    if (!responses[status] && standard.applies(operation, method))
      responses[status] = { description: standard.description };
  }
  for (const [status, response] of Object.entries(responses)) {
    // Every error answers in the common shape; a response an operation declared keeps its own description.
    if (Number(status) >= 400 && response && 'description' in response && !response.content) {
      responses[status] = { ...response, content: schema(STANDARD[status]?.schema ?? 'ErrorResponse') };
    }
  }
  return Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)));
}
