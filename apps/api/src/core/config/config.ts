import path from 'node:path';
import { z } from 'zod';

export const ROLES = ['api', 'worker', 'all'] as const;
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type Role = (typeof ROLES)[number];

const optionalUrl = (protocols: string[]) =>
  z
    .string()
    .optional()
    .transform((value) => (value === '' ? undefined : value))
    .refine((value) => value === undefined || protocols.some((p) => value.startsWith(`${p}//`)), {
      message: `must start with ${protocols.map((p) => `${p}//`).join(' or ')}`,
    });

/** The environment variables of docs/CONTRACT.md, with their defaults. */
const configSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATABASE_URL: optionalUrl(['postgres:', 'postgresql:']),
    REDIS_URL: optionalUrl(['redis:', 'rediss:']),
    DATA_DIR: z.string().min(1).default('./.data'),
    BOOTSTRAP_API_KEY: z
      .string()
      .optional()
      .transform((value) => (value === '' ? undefined : value))
      .refine((value) => value === undefined || value.length >= 16, { message: 'must be at least 16 characters' }),
    ROLE: z.enum(ROLES).default('all'),
    MAX_UPLOAD_MB: z.coerce.number().positive().default(200),
    WEBHOOK_SECRET_KEY: z
      .string()
      .optional()
      .transform((value) => (value === '' ? undefined : value))
      .refine((value) => value === undefined || /^[0-9a-f]{64}$/i.test(value), {
        message: 'must be 64 hex characters (32 bytes), e.g. from `openssl rand -hex 32`',
      }),
    LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
    METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(9464),
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform((value) =>
        value
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean),
      )
      .refine((origins) => origins.every((origin) => URL.canParse(origin)), {
        message: 'must be a comma-separated list of origins such as https://dash.example.com',
      }),
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
    WORKSPACE_IMPORT_CONCURRENCY: z.coerce.number().int().min(1).default(2),
  })
  .refine((values) => values.ROLE === 'all' || (values.DATABASE_URL && values.REDIS_URL), {
    path: ['ROLE'],
    message:
      'api and worker run as separate processes, which need a shared DATABASE_URL and REDIS_URL; use ROLE=all without them',
  });

export interface AppConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  dataDir: string;
  uploadsDir: string;
  bootstrapApiKey: string | undefined;
  role: Role;
  maxUploadBytes: number;
  /** AES-256 key sealing webhook secrets at rest; unset: a key generated once in `$DATA_DIR/webhook-secrets.key`. */
  webhookSecretKey: string | undefined;
  logLevel: (typeof LOG_LEVELS)[number];
  /** The worker role's own `/metrics` listener (the api and `all` roles serve it on PORT). */
  metricsPort: number;
  /** Origins allowed to call the API from a browser; none by default. */
  corsOrigins: string[];
  /** Requests per API key per minute; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Imports of one workspace processed at once; the others wait in the queue. */
  workspaceImportConcurrency: number;
}

export class ConfigError extends Error {}

/** Reads and validates the environment; a bad value throws a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const values = parsed.data;
  const dataDir = path.resolve(values.DATA_DIR);
  return {
    port: values.PORT,
    host: values.HOST,
    databaseUrl: values.DATABASE_URL,
    redisUrl: values.REDIS_URL,
    dataDir,
    uploadsDir: path.join(dataDir, 'uploads'),
    bootstrapApiKey: values.BOOTSTRAP_API_KEY,
    role: values.ROLE,
    maxUploadBytes: Math.floor(values.MAX_UPLOAD_MB * 1024 * 1024),
    webhookSecretKey: values.WEBHOOK_SECRET_KEY,
    logLevel: values.LOG_LEVEL,
    metricsPort: values.METRICS_PORT,
    corsOrigins: values.CORS_ORIGINS,
    rateLimitPerMinute: values.RATE_LIMIT_PER_MINUTE,
    workspaceImportConcurrency: values.WORKSPACE_IMPORT_CONCURRENCY,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');

export function servesHttp(role: Role): boolean {
  return role !== 'worker';
}

export function runsWorkers(role: Role): boolean {
  return role !== 'api';
}
