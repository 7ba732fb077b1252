import type { LoggerService } from '@nestjs/common';
import { type Logger, pino } from 'pino';
import type { LogLevel } from '../../config/app-config.js';

/** A URL without its query string: searches and cursors can hold names or MRNs. */
export function pathOf(url: string): string {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

interface LoggedRequest {
  method: string;
  url: string;
  ip?: string;
}

/** One JSON logger for the process: Fastify logs requests through it, Nest through the adapter. */
export function createLogger(level: LogLevel): Logger {
  return pino({
    level,
    base: { service: 'naltrack-api' },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Request logs must never carry credentials or session cookies.
    redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]'],
    // Fastify logs each request through this; patient data must not reach the logs.
    serializers: {
      req: (req: LoggedRequest) => ({ method: req.method, url: pathOf(req.url), remoteAddress: req.ip }),
    },
  });
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
    const { context, rest } = contextOf(params);
    const stack = typeof rest[0] === 'string' ? rest[0] : undefined;
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
    if (typeof message === 'object' && message !== null) this.logger[level]({ context, ...message });
    else this.logger[level]({ context }, String(message));
  }
}
