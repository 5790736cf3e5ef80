import { strict as assert } from 'node:assert';
import { parseStartOptions, UsageError } from '../../../scripts/playground/options';

describe('npm start options', () => {
  it('chats as the Global admin on the default ports by default', () => {
    const options = parseStartOptions([], {});
    assert.deepEqual(
      { user: options?.user, botPort: options?.botPort, playgroundPort: options?.playgroundPort },
      { user: 'alex', botPort: 3978, playgroundPort: 56150 },
    );
  });

  it('takes the user from --as over PLAYGROUND_USER, in any letter case', () => {
    assert.equal(parseStartOptions(['--as', 'Megan'], { PLAYGROUND_USER: 'lee' })?.user, 'megan');
    assert.equal(parseStartOptions([], { PLAYGROUND_USER: 'lee' })?.user, 'lee');
  });

  it('refuses an unknown user and lists the valid ones', () => {
    assert.throws(
      () => parseStartOptions(['--as', 'bob'], {}),
      (error: unknown) => error instanceof UsageError && /alex, megan, lee, adele, diego/.test(error.message),
    );
  });

  it('refuses a port that is not a port', () => {
    assert.throws(() => parseStartOptions([], { PLAYGROUND_PORT: '70000' }), /PLAYGROUND_PORT/);
    assert.throws(() => parseStartOptions([], { PORT: 'abc' }), /PORT/);
  });

  it('reaches a bot that listens on every interface through loopback', () => {
    assert.equal(parseStartOptions([], { HOST: '0.0.0.0' })?.botHost, '127.0.0.1');
  });

  it('returns nothing when help is asked for', () => {
    assert.equal(parseStartOptions(['--help'], {}), undefined);
  });
});
