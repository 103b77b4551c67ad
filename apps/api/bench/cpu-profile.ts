import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

/**
 * With BENCH_CPU_PROFILE=<file prefix>, records a V8 CPU profile of this process (the test process runs the api
 * and, in services mode, the worker) and writes `<prefix>-<label>.cpuprofile` for Chrome DevTools or speedscope.
 * `--cpu-prof` cannot reach vitest's worker processes, hence the inspector.
 */
export async function startCpuProfile(label: string): Promise<{ stop(): Promise<void> }> {
  const prefix = process.env.BENCH_CPU_PROFILE;
  if (!prefix) return { stop: async () => undefined };
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  await session.post('Profiler.start');
  return {
    async stop() {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(`${prefix}-${label}.cpuprofile`, JSON.stringify(profile));
      session.disconnect();
    },
  };
}
