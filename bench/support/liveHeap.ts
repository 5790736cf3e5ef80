import type { Readable } from 'node:stream';

/** The flags that make V8 print a line after every full (mark-compact) collection, and none after the minor ones. */
export const FULL_GC_TRACE_FLAGS = ['--trace-gc', '--trace-gc-ignore-scavenger'];

const FULL_GC_LINE = /Mark-Compact[^\d]*[\d.]+ \([\d.]+\) -> ([\d.]+) \(([\d.]+)\) MB/;

/**
 * What a process's heap holds right after its latest full garbage collection, read from V8's trace on its stdout:
 * what is still alive, the measure of a leak, where resident memory also counts garbage not yet collected and heap
 * space V8 keeps for later.
 */
export function watchLiveHeap(stdout: Readable): {
  latestMiB: () => number | undefined;
  /** The heap V8 keeps committed after that collection: live objects and room it holds on to, part of the RSS. */
  committedMiB: () => number | undefined;
  collections: () => number;
} {
  let latest: number | undefined;
  let committed: number | undefined;
  let collections = 0;
  let pending = '';
  stdout.setEncoding('utf8');
  stdout.on('data', (chunk: string) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const match = FULL_GC_LINE.exec(line);
      if (match) {
        // V8 prints MB in units of 2^20 bytes.
        latest = Number(match[1]);
        committed = Number(match[2]);
        collections += 1;
      }
    }
  });
  return { latestMiB: () => latest, committedMiB: () => committed, collections: () => collections };
}
