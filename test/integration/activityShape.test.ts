import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { teamsActivity, teamsMessage } from '../support/activities';
import { startTestApp, type TestApp } from '../support/testApp';

const NOT_AN_ACTIVITY = { error: 'the body must be a Bot Framework activity' };

/** The fields the bot reads, by the type it expects; `required` ones may not be null either. */
const FIELDS: { path: string; expects: 'string' | 'object' | 'array'; required?: boolean }[] = [
  { path: 'type', expects: 'string', required: true },
  { path: 'id', expects: 'string' },
  { path: 'serviceUrl', expects: 'string', required: true },
  { path: 'channelId', expects: 'string' },
  { path: 'from', expects: 'object' },
  { path: 'from.id', expects: 'string' },
  { path: 'from.name', expects: 'string' },
  { path: 'from.aadObjectId', expects: 'string' },
  { path: 'recipient', expects: 'object' },
  { path: 'recipient.id', expects: 'string' },
  { path: 'conversation', expects: 'object', required: true },
  { path: 'conversation.id', expects: 'string', required: true },
  { path: 'conversation.tenantId', expects: 'string' },
  { path: 'conversation.conversationType', expects: 'string' },
  { path: 'text', expects: 'string' },
  { path: 'value', expects: 'object' },
  { path: 'locale', expects: 'string' },
  { path: 'channelData', expects: 'object' },
  { path: 'channelData.tenant', expects: 'object' },
  { path: 'channelData.tenant.id', expects: 'string' },
  { path: 'replyToId', expects: 'string' },
  { path: 'membersAdded', expects: 'array' },
  { path: 'entities', expects: 'array' },
  { path: 'timestamp', expects: 'string' },
  { path: 'name', expects: 'string' },
  { path: 'deliveryMode', expects: 'string' },
  { path: 'attachments', expects: 'array' },
];

const someJson = fc.jsonValue({ maxDepth: 2 }).filter((value) => value !== null);
const anObject = fc.dictionary(fc.string({ maxLength: 8 }), someJson, { maxKeys: 3 });
const anArray = fc.array(someJson, { maxLength: 3 });
const scalars = [fc.integer(), fc.boolean()];
const WRONG_VALUE = {
  string: fc.oneof(...scalars, anObject, anArray),
  object: fc.oneof(...scalars, fc.string({ maxLength: 20 }), anArray),
  // An array of the wrong kind, or no array at all.
  array: fc.oneof(...scalars, fc.string({ maxLength: 20 }), anObject, fc.array(fc.oneof(...scalars, fc.string()), { minLength: 1, maxLength: 3 })),
};

const wrongField = fc.constantFrom(...FIELDS).chain((field) =>
  (field.required ? fc.oneof(WRONG_VALUE[field.expects], fc.constant(null)) : WRONG_VALUE[field.expects]).map((value) => ({ path: field.path, value })),
);

/** Sets `value` at a dotted path; a path through a value that is no longer an object is left alone. */
function withValueAt(activity: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let target: unknown = activity;
  for (const key of keys.slice(0, -1)) target = (target as Record<string, unknown>)[key];
  if (typeof target === 'object' && target !== null && !Array.isArray(target)) (target as Record<string, unknown>)[keys.at(-1)!] = value;
}

describe('the shape of incoming activities', () => {
  let test: TestApp;
  before(async () => {
    test = await startTestApp();
  });
  after(async () => {
    await test.stop();
  });

  const errorLines = () => test.logLines.filter((line) => / ERROR /.test(line));

  it('refuses 1,000 activities with wrongly typed fields with 400, no internals and nothing logged as an error', async function () {
    this.timeout(180_000);
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(wrongField, { minLength: 1, maxLength: 3 }), fc.constantFrom('message', 'invoke', 'conversationUpdate'), async (wrongFields, type) => {
        const conversationId = `shape-${(run += 1)}`;
        const activity: Record<string, unknown> = teamsActivity(type, { serviceUrl: test.capture.url, conversationId }, { text: 'help', value: { action: 'help' } });
        const [first, ...others] = wrongFields;
        withValueAt(activity, first.path, first.value);
        for (const { path, value } of others) withValueAt(activity, path, value);
        const response = await test.post(activity);
        const described = `${JSON.stringify(wrongFields).slice(0, 300)} → ${response.status} ${response.text.slice(0, 200)}`;
        assert.equal(response.status, 400, described);
        assert.deepEqual(JSON.parse(response.text), NOT_AN_ACTIVITY, described);
      }),
      { numRuns: 1000, seed: 20261201 },
    );
    assert.deepEqual(errorLines(), []);
    assert.equal(test.capture.received.filter((entry) => entry.conversationId.startsWith('shape-')).length, 0, 'no turn ran');
    assert.equal((await fetch(`${test.app.url}/healthz`)).status, 200);
  });

  it('refuses the values found by probing: a serviceUrl, text or tenant of another type', async () => {
    const probes: Record<string, unknown>[] = [
      ...[123, {}, [], true].map((serviceUrl) => ({ serviceUrl })),
      { text: { toString: 'x' } },
      { conversation: { id: 'a:probe', conversationType: 'personal', tenantId: ['t1', 't2'] } },
      { serviceUrl: 'file:///etc/passwd' },
      { serviceUrl: 'not a url' },
    ];
    for (const probe of probes) {
      const response = await test.post(teamsMessage('help', { serviceUrl: test.capture.url, conversationId: 'probe' }, probe));
      assert.equal(response.status, 400, JSON.stringify(probe));
      assert.deepEqual(JSON.parse(response.text), NOT_AN_ACTIVITY);
    }
    assert.deepEqual(errorLines(), []);
  });

  it('refuses an activity without a serviceUrl instead of replying to the public Bot Framework address', async () => {
    for (const type of ['message', 'invoke', 'conversationUpdate', 'installationUpdate']) {
      const { serviceUrl: _omitted, ...withoutServiceUrl } = teamsActivity(type, { serviceUrl: test.capture.url, conversationId: 'no-url' });
      const response = await test.post(withoutServiceUrl);
      assert.equal(response.status, 400, type);
    }
  });

  it('serves a Teams activity with fields the bot does not read, and nulls where a client sends them', async () => {
    const response = await test.post(
      teamsMessage('help', { serviceUrl: test.capture.url, conversationId: 'shape-extra' }, {
        textFormat: 'plain',
        attachments: [],
        entities: [{ type: 'clientInfo', locale: 'en-US', country: 'US', platform: 'Web', timezone: 'Europe/Berlin' }],
        channelData: { tenant: { id: 'ignored-here' }, source: { name: 'message' }, legacy: null },
        localTimestamp: '2026-12-01T19:00:00.000+01:00',
        replyToId: null,
        value: null,
      }),
    );
    assert.equal(response.status, 200, response.text);
    const [reply] = await test.capture.waitFor(1, 'shape-extra');
    assert.ok(reply);
  });
});
