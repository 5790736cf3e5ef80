export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
export type LogContext = Record<string, unknown>;

export interface Logger {
  debug(message: string, context?: LogContext): void;
  info(message: string, context?: LogContext): void;
  warn(message: string, context?: LogContext): void;
  error(message: string, context?: LogContext): void;
  child(scope: string): Logger;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface LogSink {
  (line: string, level: Exclude<LogLevel, 'silent'>): void;
}

const consoleSink: LogSink = (line, level) => {
  if (level === 'error' || level === 'warn') {
    process.stderr.write(`${line}\n`);
  } else {
    process.stdout.write(`${line}\n`);
  }
};

/** One line per event: a timestamp, the level, the scope, the message and its context as JSON. */
export function createLogger(level: LogLevel, scope = 'bot', sink: LogSink = consoleSink): Logger {
  const write = (at: Exclude<LogLevel, 'silent'>, message: string, context?: LogContext): void => {
    if (RANK[at] < RANK[level]) return;
    const suffix = context && Object.keys(context).length > 0 ? ` ${JSON.stringify(context, errorReplacer)}` : '';
    sink(`${new Date().toISOString()} ${at.toUpperCase().padEnd(5)} [${scope}] ${message}${suffix}`, at);
  };
  return {
    debug: (message, context) => write('debug', message, context),
    info: (message, context) => write('info', message, context),
    warn: (message, context) => write('warn', message, context),
    error: (message, context) => write('error', message, context),
    child: (childScope) => createLogger(level, `${scope}:${childScope}`, sink),
  };
}

function errorReplacer(_key: string, value: unknown): unknown {
  if (value instanceof Error) {
    return { name: value.name, message: value.message, stack: value.stack };
  }
  return value;
}
