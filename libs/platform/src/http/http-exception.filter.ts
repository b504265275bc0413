import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { isRefusedValue, isServiceUnavailable } from '../database/unavailable';

interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  [extra: string]: unknown;
}

/** How long a client should wait before retrying while the database or the queue is out of reach. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/**
 * Shapes every error as { statusCode, error, message, ...details }. Client errors keep their message; a database or
 * queue out of reach is a 503 with Retry-After, so clients know to try again; anything else unexpected is logged and
 * answered with a plain 500, so no stack trace, SQL or class name reaches a caller.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (body.statusCode === HttpStatus.SERVICE_UNAVAILABLE && !(exception instanceof HttpException)) {
      this.logger.warn({ err: exception }, 'A backing service is out of reach; answered 503');
      response.setHeader('Retry-After', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
    } else if (body.statusCode >= 500) {
      this.logger.error({ err: exception }, 'Unhandled error while serving a request');
    } else if (
      body.statusCode === HttpStatus.BAD_REQUEST &&
      !(exception instanceof HttpException) &&
      isRefusedValue(exception)
    ) {
      // Validation should have caught it with the field's name: a DTO is missing a rule.
      this.logger.warn({ err: exception }, 'The database refused a value that passed validation');
    }
    if (!response.headersSent) {
      response.status(body.statusCode).json(body);
    }
  }

  private toBody(exception: unknown): ErrorBody {
    // Express's body parser rejects a request before Nest sees it; the adapter may or may not wrap that error.
    const bodyParserError =
      bodyParserMessage(exception) ?? bodyParserMessage((exception as { cause?: unknown })?.cause);
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const payload = exception.getResponse();
      const details = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {};
      const message =
        bodyParserError ?? (typeof payload === 'string' ? payload : String(details.message ?? exception.message));
      return { ...details, statusCode: status, error: statusText(status), message };
    }
    const status = (exception as { status?: unknown })?.status ?? (exception as { statusCode?: unknown })?.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return { statusCode: status, error: statusText(status), message: bodyParserError ?? statusText(status) };
    }
    if (isServiceUnavailable(exception)) {
      return {
        statusCode: HttpStatus.SERVICE_UNAVAILABLE,
        error: statusText(HttpStatus.SERVICE_UNAVAILABLE),
        message:
          'Jobbro cannot reach its database or queue right now;' + ` try again in ${UNAVAILABLE_RETRY_AFTER_SECONDS} s`,
      };
    }
    if (isRefusedValue(exception)) {
      return {
        statusCode: HttpStatus.BAD_REQUEST,
        error: statusText(HttpStatus.BAD_REQUEST),
        message: 'The request holds a value that cannot be stored',
      };
    }
    return {
      statusCode: 500,
      error: statusText(500),
      message: 'Something went wrong on our side; the request was not completed',
    };
  }
}

const BODY_PARSER_MESSAGES: Record<string, string> = {
  'entity.parse.failed': 'The request body is not valid JSON',
  'entity.too.large': 'The request body is too large',
  'encoding.unsupported': 'The request body has an unsupported character encoding',
  'charset.unsupported': 'The request body has an unsupported character set; send UTF-8',
};

function bodyParserMessage(error: unknown): string | undefined {
  const type = (error as { type?: unknown } | undefined)?.type;
  return typeof type === 'string' ? BODY_PARSER_MESSAGES[type] : undefined;
}

function statusText(status: number): string {
  const name = HttpStatus[status];
  return name
    ? name
        .split('_')
        .map((word) => word.charAt(0) + word.slice(1).toLowerCase())
        .join(' ')
    : 'Error';
}
