import type { LoggerService, LogLevel } from '@nestjs/common';
import { type Logger, pino } from 'pino';
import type { AppConfig } from '../config/config.js';
import { logContext } from './log-context.js';

const NEST_TO_PINO: Record<LogLevel, AppConfig['logLevel']> = {
  fatal: 'fatal',
  error: 'error',
  warn: 'warn',
  log: 'info',
  debug: 'debug',
  verbose: 'trace',
};
const PINO_ORDER: AppConfig['logLevel'][] = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];

/**
 * JSON lines on stdout. Each line carries the request or import it was written for (log-context.ts). Nothing
 * here logs headers or bodies, which is what keeps API keys, webhook secrets and file contents out of the logs.
 */
export function createLogger(level: AppConfig['logLevel'], { withContext = true } = {}): Logger {
  return pino({
    level,
    base: { pid: process.pid },
    ...(withContext ? { mixin: () => ({ ...logContext.getStore() }) } : {}),
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}

/** The most verbose of Nest-style levels a caller (a test) asks for, as a pino level. */
export function pinoLevelOf(levels: LogLevel[]): AppConfig['logLevel'] {
  const asPino = levels.map((level) => NEST_TO_PINO[level]);
  return PINO_ORDER.find((level) => asPino.includes(level)) ?? 'silent';
}

/** Nest's logger (framework messages and every `new Logger(context)`) writing through pino. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }

  error(message: unknown, ...rest: unknown[]): void {
    // Nest passes (message, stack, context); its stack is the one thing worth keeping besides the context.
    const [stack] = rest.length > 1 ? rest : [undefined];
    this.write('error', message, rest, typeof stack === 'string' ? { stack } : {});
  }

  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }

  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }

  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }

  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  private write(level: Exclude<AppConfig['logLevel'], 'silent'>, message: unknown, rest: unknown[], extra = {}): void {
    const context = rest.length > 0 && typeof rest[rest.length - 1] === 'string' ? rest[rest.length - 1] : undefined;
    const text = message instanceof Error ? message.message : typeof message === 'string' ? message : undefined;
    const fields = { context, ...extra, ...(text === undefined ? { data: message } : {}) };
    this.logger[level](fields, text ?? '');
  }
}
