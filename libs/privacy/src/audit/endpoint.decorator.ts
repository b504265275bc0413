import { createParamDecorator, type ExecutionContext } from '@nestjs/common';

/** The endpoint being called as the audit log names it: method and route pattern, e.g. "GET /api/v1/candidates/:id". */
export const Endpoint = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const request = context
    .switchToHttp()
    .getRequest<{ method: string; route?: { path: string }; baseUrl?: string; originalUrl: string }>();
  const route = request.route ? `${request.baseUrl ?? ''}${request.route.path}` : request.originalUrl.split('?')[0];
  return `${request.method} ${route}`;
});
