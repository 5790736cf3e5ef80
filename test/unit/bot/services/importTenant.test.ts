import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalJson, ImportFileError, parseImportFile } from '../../../../bot/services/importTenant';

const DEMO_FILE = join(__dirname, '..', '..', '..', '..', 'examples', 'demo-tenant.json');

type Json = Record<string, any>;

function demo(): Json {
  return JSON.parse(readFileSync(DEMO_FILE, 'utf8')) as Json;
}

function importError(json: unknown): ImportFileError {
  let thrown: unknown;
  try {
    parseImportFile(json);
  } catch (error) {
    thrown = error;
  }
  assert.ok(thrown instanceof ImportFileError, `expected an ImportFileError, got ${String(thrown)}`);
  return thrown;
}

describe('bot/services/importTenant', () => {
  describe('canonicalJson', () => {
    it('does not depend on key order, at any depth', () => {
      const one = { id: 'user:1', type: 'user', profile: { b: 2, a: 1, nested: { y: [1, 2], x: null } }, list: [{ q: 1, p: 2 }] };
      const two = { list: [{ p: 2, q: 1 }], profile: { nested: { x: null, y: [1, 2] }, a: 1, b: 2 }, type: 'user', id: 'user:1' };
      assert.equal(canonicalJson(one), canonicalJson(two));
    });

    it('depends on array order', () => {
      assert.notEqual(canonicalJson({ roles: ['globalAdmin', 'userAdmin'] }), canonicalJson({ roles: ['userAdmin', 'globalAdmin'] }));
      assert.notEqual(canonicalJson([{ a: 1 }, { b: 1 }]), canonicalJson([{ b: 1 }, { a: 1 }]));
    });

    it('depends on every value and key', () => {
      const base = canonicalJson({ a: 1, b: { c: 'x' } });
      assert.notEqual(canonicalJson({ a: 2, b: { c: 'x' } }), base);
      assert.notEqual(canonicalJson({ a: 1, b: { c: 'y' } }), base);
      assert.notEqual(canonicalJson({ a: 1, b: { d: 'x' } }), base);
      assert.notEqual(canonicalJson({ a: 1, b: { c: 'x' }, e: false }), base);
      assert.notEqual(canonicalJson({ a: '1', b: { c: 'x' } }), base);
    });

    it('is JSON that reads back to the same value', () => {
      const value = { z: [3, { k: 'v', j: [true, null] }], a: 'é', m: { n: 1.5 } };
      assert.deepEqual(JSON.parse(canonicalJson(value)), value);
    });

    it('treats a missing key and an undefined one alike, as JSON does', () => {
      assert.equal(canonicalJson({ a: 1, b: undefined }), canonicalJson({ a: 1 }));
    });

    it('handles plain values', () => {
      assert.equal(canonicalJson('x'), JSON.stringify('x'));
      assert.equal(canonicalJson(null), 'null');
      assert.equal(canonicalJson([1, 2]), '[1,2]');
    });
  });

  describe('parseImportFile', () => {
    it('accepts the demo tenant file', () => {
      const file = parseImportFile(demo());
      assert.equal(file.tenant.tenantId, demo().tenant.tenantId);
      assert.equal(file.users.length, demo().users.length);
    });

    it('fills in defaults', () => {
      const json = demo();
      delete json.users[3].roles;
      delete json.users[3].accountType;
      const file = parseImportFile(json);
      assert.deepEqual(file.users[3].roles, []);
      assert.equal(file.users[3].accountType, 'mpn');
    });

    it('rejects a bad file listing every problem with its path', () => {
      const json = demo();
      json.users[0].email = 'not-an-email';
      json.users[2].roles = ['king'];
      json.tenant.companyName = '';
      json.benefits[0].quantity = -1;
      const error = importError(json);
      const paths = error.issues.map((issue) => issue.path);
      for (const path of ['users.0.email', 'users.2.roles.0', 'tenant.companyName', 'benefits.0.quantity']) {
        assert.ok(paths.includes(path), `${path} not in ${paths.join(', ')}`);
        assert.ok(error.message.includes(path), `the message does not name ${path}`);
      }
      for (const issue of error.issues) assert.ok(issue.message.length > 0, issue.path);
      assert.ok(error.message.includes(`${error.issues.length} problems`), error.message);
    });

    it('reports the whole-file rules with their paths', () => {
      const json = demo();
      json.users[1].aadObjectId = json.users[0].aadObjectId;
      const error = importError(json);
      assert.ok(error.issues.some((issue) => issue.path === 'users.1.aadObjectId'), JSON.stringify(error.issues));
    });

    it('is an Error named ImportFileError', () => {
      const error = importError({ version: 2 });
      assert.ok(error instanceof Error);
      assert.equal(error.name, 'ImportFileError');
      assert.ok(error.issues.some((issue) => issue.path === 'version'));
    });

    it('names the file itself when it is not an object', () => {
      for (const json of [null, 'text', 42, []]) {
        const error = importError(json);
        assert.deepEqual(error.issues.map((issue) => issue.path), ['(file)'], JSON.stringify(json));
        assert.match(error.message, /1 problem\b/);
      }
    });
  });
});
