import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// No Docker engine here: these tests read docker-compose.yml and the Dockerfile and check that they agree with
// docs/CONTRACT.md (variable names, roles) and with each other (service names in URLs, the shared uploads volume).

const repoRoot = new URL('../../../', import.meta.url);
const readRepoFile = (path: string): string => readFileSync(new URL(path, repoRoot), 'utf8');

/** docs/CONTRACT.md's process variables, plus NODE_ENV. */
const CONTRACT_VARIABLES = [
  'PORT',
  'HOST',
  'DATABASE_URL',
  'REDIS_URL',
  'DATA_DIR',
  'BOOTSTRAP_API_KEY',
  'ROLE',
  'MAX_UPLOAD_MB',
  'NODE_ENV',
];

interface ComposeService {
  image?: string;
  build?: string | { context?: string };
  environment?: Record<string, string | number | boolean | null> | string[];
  ports?: Array<string | { target: number; published?: string | number }>;
  volumes?: Array<string | { type?: string; source?: string; target: string }>;
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: string | string[] };
}

interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

const compose = parse(readRepoFile('docker-compose.yml')) as ComposeFile;
const dockerfile = readRepoFile('Dockerfile');

function service(name: string): ComposeService {
  const found = compose.services[name];
  if (!found) throw new Error(`docker-compose.yml has no service ${name}`);
  return found;
}

/** A service's environment as a map, whichever of compose's two forms it uses. */
function environment(name: string): Record<string, string> {
  const env = service(name).environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((entry) => {
        const at = entry.indexOf('=');
        return at < 0 ? [entry, ''] : [entry.slice(0, at), entry.slice(at + 1)];
      }),
    );
  }
  return Object.fromEntries(Object.entries(env).map(([key, value]) => [key, value == null ? '' : String(value)]));
}

/** Named volumes mounted by a service, as `target → volume name`. */
function namedMounts(name: string): Map<string, string> {
  const mounts = new Map<string, string>();
  for (const volume of service(name).volumes ?? []) {
    if (typeof volume === 'string') {
      const [source, target] = volume.split(':');
      if (source && target && !source.startsWith('.') && !source.startsWith('/')) mounts.set(target, source);
    } else if ((volume.type ?? 'volume') === 'volume' && volume.source) {
      mounts.set(volume.target, volume.source);
    }
  }
  return mounts;
}

function dependsOn(name: string): Record<string, string | undefined> {
  const deps = service(name).depends_on ?? {};
  if (Array.isArray(deps)) return Object.fromEntries(deps.map((dep) => [dep, undefined]));
  return Object.fromEntries(Object.entries(deps).map(([dep, options]) => [dep, options?.condition]));
}

/** The final stage's instructions (after the last FROM), continuation lines joined. */
function finalStage(): string[] {
  const lines = dockerfile
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  const lastFrom = lines.map((line) => /^FROM\s/i.test(line)).lastIndexOf(true);
  return lines.slice(lastFrom);
}

describe('docker-compose.yml', () => {
  it('defines postgres, redis, api and worker', () => {
    expect(Object.keys(compose.services)).toEqual(expect.arrayContaining(['postgres', 'redis', 'api', 'worker']));
    expect(service('postgres').image).toMatch(/^postgres:16/);
    expect(service('redis').image).toMatch(/^redis:7/);
  });

  it('checks the health of postgres with pg_isready and redis with redis-cli ping', () => {
    expect([service('postgres').healthcheck?.test].flat().join(' ')).toContain('pg_isready');
    expect([service('redis').healthcheck?.test].flat().join(' ')).toContain('redis-cli ping');
  });

  it('runs the api and the worker from the same image, each in its role', () => {
    expect(environment('api').ROLE).toBe('api');
    expect(environment('worker').ROLE).toBe('worker');
    expect(service('api').build).toBeDefined();
    expect(service('worker').image).toBe(service('api').image);
  });

  it.each(['api', 'worker'])('points %s at the postgres and redis services', (name) => {
    const env = environment(name);
    const database = new URL(env.DATABASE_URL ?? '');
    expect(database.protocol).toBe('postgres:');
    expect(database.hostname).toBe('postgres');
    const postgres = environment('postgres');
    expect(decodeURIComponent(database.username)).toBe(postgres.POSTGRES_USER);
    expect(decodeURIComponent(database.password)).toBe(postgres.POSTGRES_PASSWORD);
    expect(database.pathname).toBe(`/${postgres.POSTGRES_DB}`);

    const redis = new URL(env.REDIS_URL ?? '');
    expect(redis.protocol).toBe('redis:');
    expect(redis.hostname).toBe('redis');
  });

  it('mounts one named volume at DATA_DIR in both api and worker, so the worker reads what the api stored', () => {
    const apiDataDir = environment('api').DATA_DIR;
    expect(apiDataDir).toBeTruthy();
    expect(environment('worker').DATA_DIR).toBe(apiDataDir);
    const apiVolume = namedMounts('api').get(apiDataDir!);
    expect(apiVolume).toBeTruthy();
    expect(namedMounts('worker').get(apiDataDir!)).toBe(apiVolume);
    expect(Object.keys(compose.volumes ?? {})).toContain(apiVolume);
  });

  it('declares every named volume it mounts', () => {
    for (const name of Object.keys(compose.services)) {
      for (const volume of namedMounts(name).values())
        expect(Object.keys(compose.volumes ?? {}), name).toContain(volume);
    }
  });

  it('publishes the api on port 3000, listening on all interfaces', () => {
    const env = environment('api');
    expect(env.PORT).toBe('3000');
    expect(env.HOST).toBe('0.0.0.0');
    const ports = (service('api').ports ?? []).map((port) =>
      typeof port === 'string' ? port : `${port.published ?? ''}:${port.target}`,
    );
    expect(ports).toContain('3000:3000');
  });

  it('requires BOOTSTRAP_API_KEY and caps uploads with MAX_UPLOAD_MB', () => {
    const env = environment('api');
    expect(env.BOOTSTRAP_API_KEY).toMatch(/^\$\{BOOTSTRAP_API_KEY:\?.+\}$/);
    expect(env.MAX_UPLOAD_MB).toBe('200');
  });

  it.each(['api', 'worker'])('starts %s only once postgres and redis are healthy', (name) => {
    const deps = dependsOn(name);
    expect(deps.postgres).toBe('service_healthy');
    expect(deps.redis).toBe('service_healthy');
  });

  it.each(['api', 'worker'])('gives %s only variables named in docs/CONTRACT.md', (name) => {
    for (const variable of Object.keys(environment(name))) expect(CONTRACT_VARIABLES, variable).toContain(variable);
  });
});

describe('Dockerfile', () => {
  const stage = finalStage();

  it('builds on node:20-bookworm-slim in every stage', () => {
    const bases = [...dockerfile.matchAll(/^FROM\s+(\S+)/gim)].map((match) => match[1]);
    expect(bases.length).toBeGreaterThanOrEqual(2);
    for (const base of bases) expect(base).toBe('node:20-bookworm-slim');
  });

  it('starts the api bundle: CMD node apps/api/dist/main.js', () => {
    const cmd = stage.filter((line) => /^CMD\s/i.test(line)).at(-1);
    expect(cmd).toBeDefined();
    expect(JSON.parse(cmd!.replace(/^CMD\s+/i, ''))).toEqual(['node', 'apps/api/dist/main.js']);
  });

  it('runs in production as the unprivileged node user, exposing 3000', () => {
    expect(stage).toContain('USER node');
    expect(stage).toContain('EXPOSE 3000');
    expect(stage.some((line) => /^ENV\s+.*\bNODE_ENV=production\b/.test(line))).toBe(true);
    expect(stage.some((line) => /npm ci --omit=dev --ignore-scripts/.test(line))).toBe(true);
  });

  it('copies every workspace manifest into both stages, so that npm ci matches the lockfile', () => {
    const rootManifest = JSON.parse(readRepoFile('package.json')) as { workspaces?: string[] };
    const workspaceDirs = (rootManifest.workspaces ?? []).flatMap((pattern) => {
      const parent = pattern.replace(/\/\*$/, '');
      return readdirSync(new URL(`${parent}/`, repoRoot)).map((dir) => `${parent}/${dir}`);
    });
    const manifests = workspaceDirs.filter((dir) => existsSync(new URL(`${dir}/package.json`, repoRoot)));
    expect(manifests.length).toBeGreaterThan(0);
    const stages = dockerfile.split(/^FROM\s/im).slice(1);
    for (const [index, text] of stages.entries()) {
      for (const dir of manifests)
        expect(text, `stage ${index + 1}`).toMatch(new RegExp(`^COPY ${dir}/package.json `, 'm'));
    }
  });

  it('keeps local state out of the build context', () => {
    const ignored = readRepoFile('.dockerignore')
      .split(/\r?\n/)
      .map((line) => line.trim().replace(/^\*\*\//, ''));
    for (const entry of ['node_modules', '.data', 'dist', '.git', 'tmp']) expect(ignored).toContain(entry);
  });
});
