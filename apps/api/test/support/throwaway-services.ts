import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Real Postgres and Redis for integration tests, with no Docker engine: throwaway local servers on free
 * loopback ports, in a temp dir, stopped by pid afterwards. (Where a Docker engine answers, Testcontainers
 * is used instead: see global-setup.ts.)
 */
export interface RunningServices {
  databaseUrl: string;
  redisUrl: string;
  stop(): Promise<void>;
}

const isRoot = process.getuid?.() === 0;

export async function startThrowawayServices(): Promise<RunningServices> {
  ensureInstalled(['postgresql', 'redis-server']);
  const dir = mkdtempSync(path.join(tmpdir(), 'tandem-test-'));
  chmodSync(dir, 0o755);
  const [pgPort, redisPort] = [await freePort(), await freePort()];
  startPostgres(dir, pgPort);
  startRedis(dir, redisPort);
  return {
    databaseUrl: `postgres://postgres@127.0.0.1:${pgPort}/postgres`,
    redisUrl: `redis://127.0.0.1:${redisPort}`,
    async stop() {
      stopByPidFile(path.join(dir, 'redis.pid'));
      stopPostgresServer(dir);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface ThrowawayPostgres {
  url: string;
  /** Stops the server as a crash would (`-m immediate`: no checkpoint, UNLOGGED tables emptied) and starts it again. */
  crashAndRestart(): void;
  stop(): Promise<void>;
}

/** A Postgres of a test's own, to crash under a running app. */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  ensureInstalled(['postgresql']);
  const dir = mkdtempSync(path.join(tmpdir(), 'tandem-pg-'));
  chmodSync(dir, 0o755);
  const port = await freePort();
  startPostgres(dir, port);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    crashAndRestart() {
      stopPostgresServer(dir);
      startPostgresServer(dir, port);
    },
    async stop() {
      stopPostgresServer(dir);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface ThrowawayRedis {
  url: string;
  port: number;
  /** Stops the server and resolves once it has exited (its port is then free to start another on). */
  stop(): Promise<void>;
}

/** A Redis of a test's own (to stop and start again inside the test), on `port` or a free one. */
export async function startThrowawayRedis(port?: number): Promise<ThrowawayRedis> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tandem-redis-'));
  const chosen = port ?? (await freePort());
  startRedis(dir, chosen);
  const pid = Number(readFileSync(path.join(dir, 'redis.pid'), 'utf8').trim());
  return {
    url: `redis://127.0.0.1:${chosen}`,
    port: chosen,
    async stop() {
      stopByPidFile(path.join(dir, 'redis.pid'));
      while (isRunning(pid)) await new Promise((resolve) => setTimeout(resolve, 20));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The Debian packages the integration tests drive, and how to tell each is there. */
const SYSTEM_PACKAGES = {
  postgresql: () => postgresBinDir() !== undefined,
  'redis-server': () => commandExists('redis-server'),
  chromium: () => existsSync(CHROMIUM),
} as const;
export type SystemPackage = keyof typeof SYSTEM_PACKAGES;
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Installs the missing packages when the tests run as root (a fresh CI machine), as the README promises; otherwise
 * fails at once with the one command to run.
 */
export function ensureInstalled(packages: readonly SystemPackage[]): void {
  const missing = packages.filter((name) => !SYSTEM_PACKAGES[name]());
  if (missing.length === 0) return;
  const command = ['apt-get', 'install', '-y', '-q', ...missing];
  if (!isRoot) throw new Error(`The integration tests need ${missing.join(', ')}: ${command.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
  execFileSync(command[0]!, command.slice(1), { stdio: 'inherit', env });
}

function startPostgres(dir: string, port: number): void {
  const data = path.join(dir, 'data');
  if (isRoot) chownSync(dir, postgresUid(), postgresGid());
  asPostgres(pgBinary('initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '-A',
    'trust',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
    '--no-sync',
  ]);
  startPostgresServer(dir, port);
}

function startPostgresServer(dir: string, port: number): void {
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  asPostgres(pgBinary('pg_ctl'), [
    '-D',
    path.join(dir, 'data'),
    '-w',
    '-l',
    path.join(dir, 'postgres.log'),
    '-o',
    options,
    'start',
  ]);
}

function stopPostgresServer(dir: string): void {
  asPostgres(pgBinary('pg_ctl'), ['-D', path.join(dir, 'data'), '-m', 'immediate', 'stop']);
}

function startRedis(dir: string, port: number): void {
  execFileSync('redis-server', [
    '--bind',
    '127.0.0.1',
    '--port',
    String(port),
    '--dir',
    dir,
    '--daemonize',
    'yes',
    '--pidfile',
    path.join(dir, 'redis.pid'),
    '--save',
    '',
    '--appendonly',
    'no',
    '--databases',
    '64',
  ]);
  for (let tries = 0; tries < 100; tries++) {
    if (
      spawnSync('redis-cli', ['-p', String(port), 'ping'])
        .stdout?.toString()
        .trim() === 'PONG'
    )
      return;
    spawnSync('sleep', ['0.05']);
  }
  throw new Error(`redis-server did not answer on port ${port}`);
}

function asPostgres(binary: string, args: string[]): void {
  const [command, commandArgs] = isRoot ? ['runuser', ['-u', 'postgres', '--', binary, ...args]] : [binary, args];
  execFileSync(command, commandArgs, { stdio: ['ignore', 'ignore', 'inherit'] });
}

function postgresBinDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  return versions.map((version) => path.join(root, version, 'bin')).find((dir) => existsSync(path.join(dir, 'initdb')));
}

function pgBinary(name: string): string {
  const dir = postgresBinDir();
  if (!dir) throw new Error('PostgreSQL binaries not found under /usr/lib/postgresql');
  return path.join(dir, name);
}

function commandExists(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

function postgresUid(): number {
  return Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
}

function postgresGid(): number {
  return Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
}

function stopByPidFile(pidFile: string): void {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
