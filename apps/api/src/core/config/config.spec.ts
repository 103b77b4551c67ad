import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', role: 'all', maxUploadBytes: 200 * 1024 * 1024 });
    expect(config.databaseUrl).toBeUndefined();
    expect(config.redisUrl).toBeUndefined();
    expect(config.dataDir.endsWith('.data')).toBe(true);
    expect(config).toMatchObject({
      logLevel: 'info',
      metricsPort: 9464,
      corsOrigins: [],
      rateLimitPerMinute: 600,
      workspaceImportConcurrency: 2,
    });
  });

  it('reads the CORS allow-list as comma-separated origins', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example, http://localhost:5173' }).corsOrigins).toEqual([
      'https://a.example',
      'http://localhost:5173',
    ]);
  });

  it('names the variable whose value is bad', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ ROLE: 'scheduler' })).toThrow(/ROLE/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ REDIS_URL: 'localhost:6379' })).toThrow(/REDIS_URL/);
    expect(() => loadConfig({ MAX_UPLOAD_MB: '-1' })).toThrow(/MAX_UPLOAD_MB/);
    expect(() => loadConfig({ BOOTSTRAP_API_KEY: 'short' })).toThrow(/BOOTSTRAP_API_KEY/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
    expect(() => loadConfig({ CORS_ORIGINS: 'not an origin' })).toThrow(/CORS_ORIGINS/);
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: '-5' })).toThrow(/RATE_LIMIT_PER_MINUTE/);
    expect(() => loadConfig({ WORKSPACE_IMPORT_CONCURRENCY: '0' })).toThrow(/WORKSPACE_IMPORT_CONCURRENCY/);
  });

  it('refuses a split role without shared Postgres and Redis', () => {
    expect(() => loadConfig({ ROLE: 'worker' })).toThrow(/ROLE.*REDIS_URL/);
    expect(loadConfig({ ROLE: 'worker', DATABASE_URL: 'postgres://db/t', REDIS_URL: 'redis://r:6379' }).role).toBe(
      'worker',
    );
  });

  it('treats an empty value as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', REDIS_URL: '' }).databaseUrl).toBeUndefined();
  });
});
