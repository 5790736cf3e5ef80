import { strict as assert } from 'node:assert';
import sinon from 'sinon';
import { createLogger, type LogLevel, type LogSink } from '../../../bot/logger';

type Written = { line: string; level: Parameters<LogSink>[1] };

function capture(): { sink: LogSink; written: Written[] } {
  const written: Written[] = [];
  return { sink: (line, level) => written.push({ line, level }), written };
}

/** The JSON context at the end of a line. */
function contextOf(line: string): Record<string, any> {
  const start = line.indexOf(' {');
  assert.ok(start > 0, `no context in ${line}`);
  return JSON.parse(line.slice(start + 1)) as Record<string, any>;
}

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;

describe('bot/logger createLogger', () => {
  let clock: sinon.SinonFakeTimers;
  const now = new Date('2026-03-04T05:06:07.089Z');

  beforeEach(() => {
    clock = sinon.useFakeTimers({ now, toFake: ['Date'] });
  });

  afterEach(() => {
    clock.restore();
  });

  const expectations: [LogLevel, string[]][] = [
    ['debug', ['debug', 'info', 'warn', 'error']],
    ['info', ['info', 'warn', 'error']],
    ['warn', ['warn', 'error']],
    ['error', ['error']],
    ['silent', []],
  ];
  for (const [level, shown] of expectations) {
    it(`at ${level} writes only ${shown.join(', ') || 'nothing'}`, () => {
      const { sink, written } = capture();
      const logger = createLogger(level, 'bot', sink);
      for (const at of LEVELS) logger[at](`a ${at} message`);
      assert.deepEqual(written.map((entry) => entry.level), shown);
      assert.deepEqual(
        written.map((entry) => entry.line.includes(`a ${entry.level} message`)),
        shown.map(() => true),
      );
    });
  }

  it('writes the time, level, scope and message on one line', () => {
    const { sink, written } = capture();
    createLogger('debug', 'bot', sink).warn('store slow');
    assert.equal(written.length, 1);
    const [line] = written.map((entry) => entry.line);
    assert.ok(line.startsWith(now.toISOString()), line);
    assert.match(line, /\bWARN\b/);
    assert.ok(line.includes('[bot]'), line);
    assert.ok(line.endsWith('store slow'), line);
    assert.ok(!line.includes('\n'));
  });

  it('adds the scope of child loggers to the parent scope', () => {
    const { sink, written } = capture();
    const root = createLogger('info', 'bot', sink);
    const store = root.child('store');
    store.info('opened');
    store.child('cosmos').error('failed');
    root.info('root');
    assert.ok(written[0].line.includes('[bot:store] opened'), written[0].line);
    assert.ok(written[1].line.includes('[bot:store:cosmos] failed'), written[1].line);
    assert.ok(written[2].line.includes('[bot] root'), written[2].line);
  });

  it('keeps the level in child loggers', () => {
    const { sink, written } = capture();
    const child = createLogger('error', 'bot', sink).child('notify');
    child.info('hidden');
    child.warn('hidden');
    child.error('shown');
    assert.deepEqual(written.map((entry) => entry.level), ['error']);
  });

  it('appends the context as JSON', () => {
    const { sink, written } = capture();
    createLogger('info', 'bot', sink).info('listening', { port: 3978, store: 'embedded', tags: ['a'] });
    assert.deepEqual(contextOf(written[0].line), { port: 3978, store: 'embedded', tags: ['a'] });
  });

  it('adds nothing for an empty context', () => {
    const { sink, written } = capture();
    createLogger('info', 'bot', sink).info('plain', {});
    assert.ok(written[0].line.endsWith('plain'), written[0].line);
  });

  it('serializes an Error with its name, message and stack', () => {
    const { sink, written } = capture();
    const error = new TypeError('connection refused');
    createLogger('info', 'bot', sink).error('turn failed', { activityId: 'a1', error });
    const context = contextOf(written[0].line);
    assert.equal(context.activityId, 'a1');
    assert.equal(context.error.message, 'connection refused');
    assert.equal(context.error.name, 'TypeError');
    assert.equal(context.error.stack, error.stack);
  });

  it('serializes an Error nested deeper in the context, and a custom error name', () => {
    class StoreError extends Error {
      constructor(message: string) {
        super(message);
        this.name = 'StoreError';
      }
    }
    const { sink, written } = capture();
    createLogger('info', 'bot', sink).warn('retrying', { attempts: [{ error: new StoreError('412 precondition') }] });
    const context = contextOf(written[0].line);
    assert.equal(context.attempts[0].error.message, '412 precondition');
    assert.equal(context.attempts[0].error.name, 'StoreError');
  });

  it('writes nothing below its level, not even the context', () => {
    let serialized = false;
    const { sink, written } = capture();
    const context = { get expensive() { serialized = true; return 1; } };
    createLogger('warn', 'bot', sink).debug('skipped', context);
    assert.equal(written.length, 0);
    assert.equal(serialized, false);
  });
});
