import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPlaygroundConfig, renderPlaygroundYaml } from './playgroundConfig';
import type { DemoUserName } from './users';

export interface PlaygroundFolder {
  folder: string;
  configPath: string;
  logPath: string;
}

/**
 * The Playground's working folder (it writes `devTools/` there), kept under the git-ignored `.data/`.
 * The config is rendered afresh at every start so it can never drift from users.ts; the Playground would
 * silently fall back to its built-in users if the file it is pointed at did not exist.
 */
export function preparePlaygroundFolder(projectRoot: string, user: DemoUserName): PlaygroundFolder {
  const folder = join(projectRoot, '.data', 'playground');
  const configPath = join(folder, '.m365agentsplayground.yml');
  const logPath = join(folder, 'devTools', 'm365agentsplayground.log');
  mkdirSync(join(folder, 'devTools'), { recursive: true });
  writeFileSync(configPath, renderPlaygroundYaml(buildPlaygroundConfig(user), user));
  // The Playground clears its log only once it starts; an old one would be replayed by the log tail.
  rmSync(logPath, { force: true });
  return { folder, configPath, logPath };
}
