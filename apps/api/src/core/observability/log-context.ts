import { AsyncLocalStorage } from 'node:async_hooks';

/** What every log line written while serving a request or running an import carries. */
export interface LogContext {
  requestId?: string;
  importId?: string;
  workspaceId?: string;
}

export const logContext = new AsyncLocalStorage<LogContext>();

/** Runs `work` with `fields` added to the log lines it writes (and to those of everything it awaits). */
export function withLogContext<T>(fields: LogContext, work: () => T): T {
  return logContext.run({ ...logContext.getStore(), ...fields }, work);
}
