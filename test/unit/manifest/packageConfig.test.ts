import { strict as assert } from 'node:assert';
import { ConfigError } from '../../../bot/config';
import { version as projectVersion } from '../../../package.json';
import { PACKAGE_VARIABLES, parsePackageConfig } from '../../../scripts/package/packageConfig';
import { TEST_ENV } from './testPackage';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    parsePackageConfig(env);
  } catch (error) {
    assert.ok(error instanceof ConfigError, String(error));
    return error.problems;
  }
  return [];
}

const REQUIRED = [
  'MicrosoftAppId',
  'TEAMS_APP_ID',
  'DEVELOPER_NAME',
  'DEVELOPER_WEBSITE_URL',
  'DEVELOPER_PRIVACY_URL',
  'DEVELOPER_TERMS_OF_USE_URL',
];

describe('scripts/package/packageConfig', () => {
  it('takes every value from the configuration', () => {
    const config = parsePackageConfig(TEST_ENV);
    for (const name of PACKAGE_VARIABLES.filter((variable) => variable !== 'VALID_DOMAINS')) {
      assert.equal(config[name], TEST_ENV[name], name);
    }
    assert.deepEqual(config.VALID_DOMAINS, TEST_ENV.VALID_DOMAINS.split(',').map((domain) => domain.trim()));
  });

  it('names every missing required value at once, and nothing else', () => {
    const problems = problemsOf({});
    assert.equal(problems.length, REQUIRED.length, problems.join('\n'));
    REQUIRED.forEach((name, index) => assert.match(problems[index], new RegExp(`^${name} is required`)));
  });

  it('treats a blank value as missing', () => {
    const problems = problemsOf({ ...TEST_ENV, DEVELOPER_NAME: '   ' });
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0], /^DEVELOPER_NAME is required/);
  });

  it('gives the optional values their defaults: the project version, the product names, no extra domains', () => {
    const onlyRequired = Object.fromEntries(REQUIRED.map((name) => [name, TEST_ENV[name as keyof typeof TEST_ENV]]));
    const config = parsePackageConfig(onlyRequired);
    assert.equal(config.APP_VERSION, projectVersion);
    assert.ok(config.TEAMS_APP_SHORT_NAME.length > 0 && config.TEAMS_APP_FULL_NAME.length > config.TEAMS_APP_SHORT_NAME.length);
    assert.deepEqual(config.VALID_DOMAINS, []);
  });

  const invalid: [string, string, RegExp][] = [
    ['MicrosoftAppId', 'my-bot', /GUID/],
    ['TEAMS_APP_ID', '66666666-7777-4888-9999', /GUID/],
    ['APP_VERSION', '1.0', /semantic version/],
    ['APP_VERSION', 'v1.0.0', /semantic version/],
    ['TEAMS_APP_SHORT_NAME', 'x'.repeat(31), /30 characters/],
    ['TEAMS_APP_FULL_NAME', 'x'.repeat(101), /100 characters/],
    ['DEVELOPER_NAME', 'x'.repeat(33), /32 characters/],
    ['DEVELOPER_WEBSITE_URL', 'http://publisher.test.example', /https/],
    ['DEVELOPER_PRIVACY_URL', 'publisher.test.example/privacy', /https/],
    ['DEVELOPER_TERMS_OF_USE_URL', 'https://', /https/],
    ['VALID_DOMAINS', 'https://bot.test.example', /host names/],
    ['VALID_DOMAINS', 'bot.test.example/api', /host names/],
    ['VALID_DOMAINS', Array.from({ length: 17 }, (_, index) => `d${index}.test.example`).join(','), /16/],
  ];
  for (const [name, value, expected] of invalid) {
    it(`refuses ${name}=${value.length > 40 ? `${value.slice(0, 40)}…` : value}, naming the variable`, () => {
      const problems = problemsOf({ ...TEST_ENV, [name]: value });
      assert.equal(problems.length, 1, problems.join('\n'));
      assert.ok(problems[0].startsWith(name), problems[0]);
      assert.match(problems[0], expected);
    });
  }
});
