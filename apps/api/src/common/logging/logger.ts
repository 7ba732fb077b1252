import type { LoggerService } from '@nestjs/common';
import { type DestinationStream, type Logger, pino } from 'pino';
import type { LogLevel } from '../../config/app-config.js';
import { framesOf, serializeError } from './error-serializer.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface RoutedRequest {
  method: string;
  ip?: string;
  params?: unknown;
  routeOptions?: { url?: string };
}

/**
 * What a log says a request asked for: the route's pattern with the ids it named, e.g.
 * `/api/patients/6f0c…/observations`. Never the URL as sent: its query string can hold a name or
 * an MRN (a caseload search), and a path parameter that is not an id can hold anything.
 */
export function routeOf(request: RoutedRequest): string {
  const pattern = request.routeOptions?.url;
  if (!pattern) return '(no route)';
  const params = (request.params ?? {}) as Record<string, unknown>;
  return pattern.replace(/:(\w+)/g, (name, key: string) => {
    const value = params[key];
    return typeof value === 'string' && UUID.test(value) ? value : name;
  });
}

/**
 * One JSON logger for the process: Fastify logs requests through it, Nest through the adapter.
 * `destination` is stdout unless given (the tests read what the app logs).
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'naltrack-api' },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Request logs must never carry credentials or session cookies.
      redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]'],
      // Patient data must not reach the logs: requests log no body and no query string, errors no
      // SQL, parameters or driver detail. Fastify's request loggers inherit these.
      serializers: {
        req: (req: RoutedRequest) => ({ method: req.method, url: routeOf(req), remoteAddress: req.ip }),
        err: serializeError,
      },
    },
    destination,
  );
}

type Context = string | undefined;

function contextOf(params: unknown[]): { context: Context; rest: unknown[] } {
  const last = params.at(-1);
  return typeof last === 'string' ? { context: last, rest: params.slice(0, -1) } : { context: undefined, rest: params };
}

/** Routes Nest's own messages (bootstrap, module init) into the JSON logger. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }

  error(message: unknown, ...params: unknown[]): void {
    // Nest passes (message, stack, context); the stack stays in the log, never in a response.
    // Its first lines repeat the message of the error it came from, which a driver's may quote
    // values in (a failed migration, a database refusing a connection): only its frames are kept.
    const { context, rest } = contextOf(params);
    if (message instanceof Error) {
      this.logger.error({ context, err: message }, 'Nest reported an error');
      return;
    }
    const stack = typeof rest[0] === 'string' ? framesOf(rest[0]) : undefined;
    this.logger.error({ context, stack }, String(message));
  }

  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }

  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }

  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }

  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: 'info' | 'warn' | 'debug' | 'trace' | 'fatal', message: unknown, params: unknown[]): void {
    const { context } = contextOf(params);
    // An error goes through the error serializer; spread, its query and parameters would be logged.
    if (message instanceof Error) this.logger[level]({ context, err: message }, 'Nest reported an error');
    else if (typeof message === 'object' && message !== null) this.logger[level]({ context, ...message });
    else this.logger[level]({ context }, String(message));
  }
}
