import { strict as assert } from 'node:assert';
import { ConfigError, parseConfig, parseConnectionString, servingProblems, type AppConfig } from '../../../bot/config';

const CONNECTION_STRING = 'AccountEndpoint=https://contoso.documents.azure.com:443/;AccountKey=c2VjcmV0a2V5==;';

/** The problems a configuration is rejected with; fails the test when it is accepted. */
function problemsOf(env: NodeJS.ProcessEnv): string[] {
  let thrown: unknown;
  try {
    parseConfig(env);
  } catch (error) {
    thrown = error;
  }
  assert.ok(thrown instanceof ConfigError, `expected a ConfigError for ${JSON.stringify(env)}, got ${String(thrown)}`);
  return thrown.problems;
}

/** Asserts one of the problems is about `variable` (the message starts with its name) and mentions `words`. */
function assertProblem(problems: string[], variable: string, words?: RegExp): void {
  const matching = problems.filter((problem) => problem.startsWith(`${variable} `));
  assert.ok(matching.length > 0, `no problem names ${variable}: ${JSON.stringify(problems)}`);
  if (words) {
    assert.ok(
      matching.some((problem) => words.test(problem)),
      `no problem about ${variable} matches ${words}: ${JSON.stringify(matching)}`,
    );
  }
}

describe('bot/config', () => {
  describe('parseConfig defaults', () => {
    const config = parseConfig({});

    it('listens on port 3978', () => {
      assert.equal(config.port, 3978);
    });

    it('binds to loopback only when no app credentials are configured', () => {
      assert.equal(config.host, '127.0.0.1');
      assert.equal(config.credentials, undefined);
    });

    it('binds to every interface once app credentials are configured', () => {
      const withCredentials = parseConfig({ MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'secret', ALLOW_EMBEDDED_STORE: 'true' });
      assert.equal(withCredentials.host, '0.0.0.0');
    });

    it('uses the embedded store with its data file under .data', () => {
      assert.deepEqual(config.cosmos, { kind: 'embedded', dataFile: '.data/cosmos.json' });
    });

    it('uses distinct domain and state containers, info logging and no tenant allow-list', () => {
      assert.notEqual(config.containerId, config.stateContainerId);
      assert.equal(config.logLevel, 'info');
      assert.deepEqual(config.allowedTenants, []);
      assert.equal(config.openIdMetadata, undefined);
      assert.equal(config.seedFile, undefined);
    });

    it('does not read process.env itself', () => {
      const saved = process.env.PORT;
      process.env.PORT = '4000';
      try {
        assert.equal(parseConfig({}).port, 3978);
      } finally {
        if (saved === undefined) delete process.env.PORT;
        else process.env.PORT = saved;
      }
    });
  });

  describe('parseConfig values', () => {
    it('reads PORT as a number', () => {
      assert.equal(parseConfig({ PORT: '8080' }).port, 8080);
    });

    it('keeps an explicit HOST', () => {
      assert.equal(parseConfig({ HOST: 'localhost' }).host, 'localhost');
      assert.equal(parseConfig({ HOST: '::1' }).host, '::1');
      const credentials = { MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'secret', ALLOW_EMBEDDED_STORE: 'true' };
      assert.equal(parseConfig({ ...credentials, HOST: '10.1.2.3' }).host, '10.1.2.3');
    });

    it('passes the app credentials through', () => {
      const config = parseConfig({
        MicrosoftAppId: 'app-id',
        MicrosoftAppPassword: 'secret',
        MicrosoftAppType: 'SingleTenant',
        MicrosoftAppTenantId: 'tenant-id',
        ALLOW_EMBEDDED_STORE: 'true',
      });
      assert.deepEqual(config.credentials, {
        appId: 'app-id',
        appPassword: 'secret',
        appType: 'SingleTenant',
        tenantId: 'tenant-id',
      });
    });

    it('accepts a user-assigned managed identity without a password', () => {
      const config = parseConfig({ MicrosoftAppId: 'app-id', MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: 't', ALLOW_EMBEDDED_STORE: 'true' });
      assert.equal(config.credentials?.appType, 'UserAssignedMSI');
      assert.equal(config.credentials?.appPassword, undefined);
    });

    it('turns COSMOS_CONNECTION_STRING into an Azure endpoint and key', () => {
      assert.deepEqual(parseConfig({ COSMOS_CONNECTION_STRING: CONNECTION_STRING }).cosmos, {
        kind: 'azure',
        endpoint: 'https://contoso.documents.azure.com:443/',
        key: 'c2VjcmV0a2V5==',
      });
    });

    it('uses COSMOS_ENDPOINT and COSMOS_KEY together as the Azure store', () => {
      const config = parseConfig({ COSMOS_ENDPOINT: 'https://contoso.documents.azure.com:443/', COSMOS_KEY: 'k==' });
      assert.deepEqual(config.cosmos, { kind: 'azure', endpoint: 'https://contoso.documents.azure.com:443/', key: 'k==' });
    });

    it('keeps every store request and the turn within Teams\' 15 s by default', () => {
      const config = parseConfig({});
      assert.deepEqual(config.storeRequests, { timeoutMs: 4000, throttleRetries: 2, throttleMaxWaitMs: 2000 });
      assert.equal(config.turnDeadlineMs, 10_000);
    });

    it('reads the store request policy and the turn deadline', () => {
      const config = parseConfig({
        COSMOS_REQUEST_TIMEOUT_MS: '1500',
        COSMOS_THROTTLE_RETRIES: '0',
        COSMOS_THROTTLE_MAX_WAIT_MS: '500',
        TURN_DEADLINE_MS: '8000',
      });
      assert.deepEqual(config.storeRequests, { timeoutMs: 1500, throttleRetries: 0, throttleMaxWaitMs: 500 });
      assert.equal(config.turnDeadlineMs, 8000);
    });

    it('keeps a custom DATA_FILE for the embedded store', () => {
      assert.deepEqual(parseConfig({ DATA_FILE: '/var/lib/bot/store.json' }).cosmos, {
        kind: 'embedded',
        dataFile: '/var/lib/bot/store.json',
      });
    });

    it('parses ALLOWED_TENANTS as a trimmed, lower-cased comma list without empties', () => {
      const config = parseConfig({ ALLOWED_TENANTS: ' AAAA-1 , ,bbbb-2,,  CcCc-3 ,' });
      assert.deepEqual(config.allowedTenants, ['aaaa-1', 'bbbb-2', 'cccc-3']);
    });

    it('takes a valid BOT_OPENID_METADATA URL and LOG_LEVEL', () => {
      const url = 'https://login.botframework.com/v1/.well-known/openidconfiguration';
      const config = parseConfig({ BOT_OPENID_METADATA: url, LOG_LEVEL: 'debug' });
      assert.equal(config.openIdMetadata, url);
      assert.equal(config.logLevel, 'debug');
    });
  });

  describe('empty variables', () => {
    const defaults = parseConfig({});

    it('treats an empty credential pair as no credentials', () => {
      const config = parseConfig({ MicrosoftAppId: '', MicrosoftAppPassword: '', HOST: '', COSMOS_KEY: '' });
      assert.deepEqual(config, defaults);
    });

    it('treats every empty-string variable as unset', () => {
      // A `.env` copied from a template typically holds `PORT=` lines: each must fall back to its default.
      const variables = [
        'PORT',
        'HOST',
        'MicrosoftAppId',
        'MicrosoftAppPassword',
        'MicrosoftAppType',
        'MicrosoftAppTenantId',
        'BOT_OPENID_METADATA',
        'COSMOS_ENDPOINT',
        'COSMOS_KEY',
        'COSMOS_CONNECTION_STRING',
        'COSMOS_DATABASE',
        'COSMOS_CONTAINER',
        'COSMOS_REQUEST_TIMEOUT_MS',
        'COSMOS_THROTTLE_RETRIES',
        'COSMOS_THROTTLE_MAX_WAIT_MS',
        'TURN_DEADLINE_MS',
        'COSMOS_STATE_CONTAINER',
        'DATA_FILE',
        'SEED_FILE',
        'ALLOWED_TENANTS',
        'MAX_BODY_BYTES',
        'SHUTDOWN_TIMEOUT_MS',
        'LOG_LEVEL',
      ];
      const misread: string[] = [];
      for (const variable of variables) {
        for (const blank of ['', '   ']) {
          let config: AppConfig | undefined;
          try {
            config = parseConfig({ [variable]: blank });
          } catch {
            config = undefined;
          }
          try {
            assert.deepEqual(config, defaults);
          } catch {
            misread.push(`${variable}=${JSON.stringify(blank)} → ${config ? 'different config' : 'rejected'}`);
          }
        }
      }
      assert.deepEqual(misread, [], `blank variables not treated as unset:\n${misread.join('\n')}`);
    });
  });

  describe('rejected configurations', () => {
    for (const port of ['http', '12ab', '65536', '-1', '80.5']) {
      it(`rejects PORT=${port}`, () => {
        assertProblem(problemsOf({ PORT: port }), 'PORT');
      });
    }

    it('accepts the PORT range edges', () => {
      assert.equal(parseConfig({ PORT: '65535' }).port, 65535);
      assert.equal(parseConfig({ PORT: '1' }).port, 1);
    });

    it('requires MicrosoftAppPassword with MicrosoftAppId', () => {
      assertProblem(problemsOf({ MicrosoftAppId: 'app-id' }), 'MicrosoftAppPassword', /MicrosoftAppId/);
    });

    it('refuses the embedded store with app credentials (production) unless ALLOW_EMBEDDED_STORE is true', () => {
      const credentials = { MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'secret' };
      assertProblem(problemsOf(credentials), 'ALLOW_EMBEDDED_STORE', /COSMOS_ENDPOINT/);
      assertProblem(problemsOf({ ...credentials, ALLOW_EMBEDDED_STORE: 'false' }), 'ALLOW_EMBEDDED_STORE');
      assert.equal(parseConfig({ ...credentials, ALLOW_EMBEDDED_STORE: 'true' }).cosmos.kind, 'embedded');
      assert.equal(parseConfig({ ...credentials, COSMOS_CONNECTION_STRING: CONNECTION_STRING }).cosmos.kind, 'azure');
    });

    it('requires MicrosoftAppId with MicrosoftAppPassword', () => {
      assertProblem(problemsOf({ MicrosoftAppPassword: 'secret' }), 'MicrosoftAppId', /MicrosoftAppPassword/);
    });

    it('requires MicrosoftAppTenantId for a SingleTenant app', () => {
      const problems = problemsOf({ MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'secret', MicrosoftAppType: 'SingleTenant' });
      assertProblem(problems, 'MicrosoftAppTenantId', /SingleTenant/);
    });

    it('rejects an unknown MicrosoftAppType', () => {
      assertProblem(problemsOf({ MicrosoftAppType: 'Anonymous' }), 'MicrosoftAppType');
    });

    for (const host of ['0.0.0.0', '192.168.1.20', 'bot.contoso.example']) {
      it(`rejects HOST=${host} without app credentials`, () => {
        assertProblem(problemsOf({ HOST: host }), 'HOST', /MicrosoftAppId/);
      });
    }

    it('rejects a turn deadline Teams would not wait for, and a throttle retry count past the SDK\'s own', () => {
      assertProblem(problemsOf({ TURN_DEADLINE_MS: '13000' }), 'TURN_DEADLINE_MS');
      assertProblem(problemsOf({ COSMOS_THROTTLE_RETRIES: '10' }), 'COSMOS_THROTTLE_RETRIES');
      assertProblem(problemsOf({ COSMOS_REQUEST_TIMEOUT_MS: 'soon' }), 'COSMOS_REQUEST_TIMEOUT_MS');
    });

    it('rejects COSMOS_CONNECTION_STRING together with COSMOS_ENDPOINT', () => {
      const problems = problemsOf({
        COSMOS_CONNECTION_STRING: CONNECTION_STRING,
        COSMOS_ENDPOINT: 'https://other.documents.azure.com:443/',
        COSMOS_KEY: 'k==',
      });
      assertProblem(problems, 'COSMOS_CONNECTION_STRING', /COSMOS_ENDPOINT/);
    });

    for (const malformed of [
      'garbage',
      'AccountEndpoint=https://contoso.documents.azure.com:443/;',
      'AccountKey=abc==;',
      'AccountEndpoint=not a url;AccountKey=abc==;',
    ]) {
      it(`rejects the malformed connection string ${JSON.stringify(malformed)}`, () => {
        assertProblem(problemsOf({ COSMOS_CONNECTION_STRING: malformed }), 'COSMOS_CONNECTION_STRING');
      });
    }

    it('requires COSMOS_KEY with COSMOS_ENDPOINT', () => {
      assertProblem(problemsOf({ COSMOS_ENDPOINT: 'https://contoso.documents.azure.com:443/' }), 'COSMOS_KEY', /COSMOS_ENDPOINT/);
    });

    it('requires COSMOS_ENDPOINT with COSMOS_KEY', () => {
      assertProblem(problemsOf({ COSMOS_KEY: 'k==' }), 'COSMOS_ENDPOINT', /COSMOS_KEY/);
    });

    it('rejects a COSMOS_ENDPOINT that is not a URL', () => {
      assertProblem(problemsOf({ COSMOS_ENDPOINT: 'contoso', COSMOS_KEY: 'k==' }), 'COSMOS_ENDPOINT');
    });

    it('rejects COSMOS_CONTAINER equal to COSMOS_STATE_CONTAINER', () => {
      assertProblem(problemsOf({ COSMOS_CONTAINER: 'shared', COSMOS_STATE_CONTAINER: 'shared' }), 'COSMOS_STATE_CONTAINER', /COSMOS_CONTAINER/);
    });

    it('rejects a state container that collides with the default domain container', () => {
      const domainContainer = parseConfig({}).containerId;
      assertProblem(problemsOf({ COSMOS_STATE_CONTAINER: domainContainer }), 'COSMOS_STATE_CONTAINER');
    });

    for (const level of ['verbose', 'INFO-ish', 'trace']) {
      it(`rejects LOG_LEVEL=${level}`, () => {
        assertProblem(problemsOf({ LOG_LEVEL: level }), 'LOG_LEVEL');
      });
    }

    it('rejects a BOT_OPENID_METADATA that is not a URL', () => {
      assertProblem(problemsOf({ BOT_OPENID_METADATA: 'login.botframework.com' }), 'BOT_OPENID_METADATA');
    });

    it('names every variable in the error message', () => {
      let thrown: unknown;
      try {
        parseConfig({ MicrosoftAppPassword: 'secret', COSMOS_KEY: 'k==' });
      } catch (error) {
        thrown = error;
      }
      assert.ok(thrown instanceof ConfigError);
      assert.ok(thrown instanceof Error);
      assert.equal(thrown.name, 'ConfigError');
      for (const problem of thrown.problems) assert.ok(thrown.message.includes(problem), `message lacks ${problem}`);
      assert.match(thrown.message, /MicrosoftAppId/);
      assert.match(thrown.message, /COSMOS_ENDPOINT/);
    });
  });

  describe('all problems at once', () => {
    it('reports every contradiction together', () => {
      const problems = problemsOf({
        MicrosoftAppPassword: 'secret',
        MicrosoftAppType: 'SingleTenant',
        HOST: '0.0.0.0',
        COSMOS_KEY: 'k==',
        COSMOS_CONTAINER: 'same',
        COSMOS_STATE_CONTAINER: 'same',
      });
      for (const variable of ['MicrosoftAppId', 'MicrosoftAppTenantId', 'HOST', 'COSMOS_ENDPOINT', 'COSMOS_STATE_CONTAINER']) {
        assertProblem(problems, variable);
      }
    });

    it('reports every invalid value together', () => {
      const problems = problemsOf({ PORT: 'x', LOG_LEVEL: 'loud', BOT_OPENID_METADATA: 'nope', MAX_BODY_BYTES: '10' });
      for (const variable of ['PORT', 'LOG_LEVEL', 'BOT_OPENID_METADATA', 'MAX_BODY_BYTES']) assertProblem(problems, variable);
    });

    it('reports contradictions even when another value is invalid', () => {
      // One run of the bot should show the operator everything to fix, not one problem per restart.
      const problems = problemsOf({ PORT: 'x', MicrosoftAppId: 'app-id', COSMOS_KEY: 'k==' });
      for (const variable of ['PORT', 'MicrosoftAppPassword', 'COSMOS_ENDPOINT']) assertProblem(problems, variable);
    });
  });

  describe('servingProblems', () => {
    const CREDENTIALS = { MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'secret' };

    it('refuses to serve an Azure Cosmos DB account without credentials, naming the opt-in variable', () => {
      for (const cosmos of [{ COSMOS_CONNECTION_STRING: CONNECTION_STRING }, { COSMOS_ENDPOINT: 'https://contoso.documents.azure.com:443/', COSMOS_KEY: 'k==' }]) {
        const problems = servingProblems(parseConfig(cosmos));
        assertProblem(problems, 'ALLOW_UNAUTHENTICATED_AZURE_COSMOS', /MicrosoftAppId/);
      }
    });

    it('serves it with credentials, or without them when the opt-in variable says so', () => {
      assert.deepEqual(servingProblems(parseConfig({ COSMOS_CONNECTION_STRING: CONNECTION_STRING, ...CREDENTIALS })), []);
      assert.deepEqual(servingProblems(parseConfig({ COSMOS_CONNECTION_STRING: CONNECTION_STRING, ALLOW_UNAUTHENTICATED_AZURE_COSMOS: 'true' })), []);
    });

    it('serves the embedded store and a Cosmos endpoint on loopback (the emulator) without credentials', () => {
      assert.deepEqual(servingProblems(parseConfig({})), []);
      for (const endpoint of ['https://localhost:8081/', 'http://127.0.0.1:8081/', 'http://[::1]:8081/']) {
        assert.deepEqual(servingProblems(parseConfig({ COSMOS_ENDPOINT: endpoint, COSMOS_KEY: 'k==' })), [], endpoint);
      }
    });

    it('rejects an opt-in value other than true or false', () => {
      assertProblem(problemsOf({ ALLOW_UNAUTHENTICATED_AZURE_COSMOS: 'yes' }), 'ALLOW_UNAUTHENTICATED_AZURE_COSMOS');
    });
  });

  describe('parseConnectionString', () => {
    it('splits an Azure connection string, keeping the key padding', () => {
      assert.deepEqual(parseConnectionString(CONNECTION_STRING), {
        endpoint: 'https://contoso.documents.azure.com:443/',
        key: 'c2VjcmV0a2V5==',
      });
    });

    it('ignores the case of the part names, their order, spaces and a missing final semicolon', () => {
      assert.deepEqual(parseConnectionString(' accountkey = k== ; ACCOUNTENDPOINT = https://a.example/ '), {
        endpoint: 'https://a.example/',
        key: 'k==',
      });
    });

    for (const malformed of ['', ';;', 'AccountEndpoint=https://a.example/', 'AccountKey=k==', 'AccountEndpoint=;AccountKey=k', 'AccountEndpoint=nope;AccountKey=k']) {
      it(`returns undefined for ${JSON.stringify(malformed)}`, () => {
        assert.equal(parseConnectionString(malformed), undefined);
      });
    }
  });
});
