import { strict as assert } from 'node:assert';
import sinon from 'sinon';
import { DEMO_TENANT_ID, DEMO_USERS } from '../../../support/demo';
import { openDialogServices, type DialogServices } from '../../../support/dialogServices';

describe('services/directoryService recipients', () => {
  let real: DialogServices;
  beforeEach(async () => {
    real = await openDialogServices(`recipients-${Date.now()}`);
  });
  afterEach(async () => {
    sinon.restore();
    await real.store.close();
  });

  const adeleFoundAs = async (name: string) =>
    (await real.services.directory.recipients(DEMO_TENANT_ID)).find(name, { skip: 0, top: 15 }).map((person) => person.displayName);

  it('answers from the roster before while an expired roster is read again, then from the new one', async () => {
    const clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['Date'] });
    assert.deepEqual(await adeleFoundAs('adele'), [DEMO_USERS.adele.name]);
    const id = `user:${DEMO_USERS.adele.aadObjectId}`;
    const adele = (await real.store.domain.item(id, DEMO_TENANT_ID).read()).resource;
    await real.store.domain.item(id, DEMO_TENANT_ID).replace({ ...adele, displayName: 'Adele Vance-Ortiz' });

    clock.tick(31_000);
    assert.deepEqual(await adeleFoundAs('adele'), [DEMO_USERS.adele.name], 'at once, from the roster before');
    assert.deepEqual(await adeleFoundAs('ortiz'), [], 'keystrokes meanwhile still use the roster before');
    // The read under way lands for a later keystroke.
    let found: string[] = [];
    for (let attempt = 0; attempt < 200 && found.length === 0; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      found = await adeleFoundAs('ortiz');
    }
    assert.deepEqual(found, ['Adele Vance-Ortiz'], 'the roster read again');
  });
});
