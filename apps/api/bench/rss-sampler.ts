import { readFileSync } from 'node:fs';

/** Samples this process's resident set size every 50 ms; `stop()` gives the peak in MB. */
export function sampleRss(): { stop(): number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
  return {
    stop() {
      clearInterval(timer);
      return Math.round(Math.max(peak, process.memoryUsage.rss()) / 1e6);
    },
  };
}

/** Another process's peak resident set size so far in MB (Linux: `VmHWM` of /proc/<pid>/status). */
export function peakRssOf(pid: number): number {
  const kilobytes = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  if (kilobytes === undefined) throw new Error(`no VmHWM for process ${pid}`);
  return Math.round((Number(kilobytes) * 1024) / 1e6);
}
