import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';

interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  [extra: string]: unknown;
}

/**
 * Shapes every error as { statusCode, error, message, ...details }. Client errors keep their message;
 * anything unexpected is logged and answered with a plain 500, so no stack trace or SQL reaches a caller.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (body.statusCode >= 500) {
      this.logger.error({ err: exception }, 'Unhandled error while serving a request');
    }
    if (!response.headersSent) {
      response.status(body.statusCode).json(body);
    }
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const payload = exception.getResponse();
      const details = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {};
      const message = typeof payload === 'string' ? payload : String(details.message ?? exception.message);
      return { ...details, statusCode: status, error: statusText(status), message };
    }
    // Errors raised by Express's body parser before Nest sees the request carry their own 4xx status.
    const status = (exception as { status?: unknown; statusCode?: unknown })?.status ?? (exception as { statusCode?: unknown })?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const type = (exception as { type?: string }).type;
      const message =
        type === 'entity.parse.failed' ? 'The request body is not valid JSON'
        : type === 'entity.too.large' ? 'The request body is too large'
        : statusText(status);
      return { statusCode: status, error: statusText(status), message };
    }
    return { statusCode: 500, error: statusText(500), message: 'Something went wrong on our side; the request was not completed' };
  }
}

function statusText(status: number): string {
  const name = HttpStatus[status];
  return name ? name.split('_').map((word) => word.charAt(0) + word.slice(1).toLowerCase()).join(' ') : 'Error';
}
