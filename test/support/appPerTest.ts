import sinon from 'sinon';
import { startTestApp, type TestApp } from './testApp';

/**
 * A fresh app for each test of the calling suite, stopped after it with every sinon fake undone. The object returned
 * stands for the app of the test that is running, so a suite can keep it in a constant.
 */
export function appPerTest(env: Record<string, string> = {}): TestApp {
  let current: TestApp | undefined;
  beforeEach(async () => {
    current = await startTestApp(env);
  });
  afterEach(async () => {
    sinon.restore();
    await current?.stop();
  });
  const running = (): TestApp => {
    if (!current) throw new Error('The test app only runs inside a test');
    return current;
  };
  return {
    get app() {
      return running().app;
    },
    get capture() {
      return running().capture;
    },
    get config() {
      return running().config;
    },
    get dataDir() {
      return running().dataDir;
    },
    get logLines() {
      return running().logLines;
    },
    post: (body, headers) => running().post(body, headers),
    stop: () => running().stop(),
  };
}
