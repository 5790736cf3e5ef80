import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

export interface FileTail {
  /** Reads what is left, hands over a last unfinished line, and stops following. */
  stop(): void;
}

/** Follows a file another process appends to, line by line; the file may not exist yet or may be recreated. */
export function tailFile(path: string, onLine: (line: string) => void, intervalMs = 200): FileTail {
  let offset = 0;
  let pending = '';
  const decoder = new StringDecoder('utf8');

  const readNew = (): void => {
    let size: number;
    try {
      size = statSync(path).size;
    } catch {
      return;
    }
    if (size < offset) offset = 0;
    if (size === offset) return;
    const buffer = Buffer.alloc(size - offset);
    const fd = openSync(path, 'r');
    try {
      offset += readSync(fd, buffer, 0, buffer.length, offset);
    } finally {
      closeSync(fd);
    }
    const lines = (pending + decoder.write(buffer)).split(/\r?\n/);
    pending = lines.pop() ?? '';
    lines.forEach(onLine);
  };

  const timer = setInterval(readNew, intervalMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      readNew();
      if (pending !== '') onLine(pending);
      pending = '';
    },
  };
}
