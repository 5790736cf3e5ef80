import { strict as assert } from 'node:assert';
import sinon from 'sinon';
import { benefitDocId } from '../../bot/domain/documents';
import { BenefitRepository } from '../../bot/store/benefitRepository';
import { DEMO_TENANT_ID } from '../support/demo';
import { openDialogServices, type DialogServices } from '../support/dialogServices';

const VS = 'vs-professional';

describe('the benefit list shown to people, on the embedded store', () => {
  let real: DialogServices;
  let clock: sinon.SinonFakeTimers;
  before(async () => {
    real = await openDialogServices('shown-benefit-lists');
  });
  after(async () => {
    await real.store.close();
  });
  beforeEach(() => {
    // Only the date is faked: the store's I/O runs for real.
    clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['Date'] });
  });
  afterEach(() => clock.restore());

  const quantityShown = async (benefits: BenefitRepository) =>
    (await benefits.listToShow(DEMO_TENANT_ID)).find((benefit) => benefit.benefitId === VS)?.quantity;

  it('shows a change made through this process at once', async () => {
    const benefits = new BenefitRepository(real.documents);
    const shown = await quantityShown(benefits);
    const current = (await benefits.get(DEMO_TENANT_ID, VS))!;
    await benefits.replace({ ...current, quantity: current.quantity + 1 }, current._etag);
    assert.equal(await quantityShown(benefits), shown! + 1);
  });

  it('shows a change made elsewhere within two seconds, and not a fresh query for every turn before', async () => {
    const benefits = new BenefitRepository(real.documents);
    const shown = await quantityShown(benefits);
    const stored = (await real.documents.read<{ id: string; tenantId: string; type: string; quantity: number }>(DEMO_TENANT_ID, benefitDocId(VS)))!;
    await real.documents.replace({ ...stored, quantity: stored.quantity + 5 }, stored._etag);

    clock.tick(1_999);
    assert.equal(await quantityShown(benefits), shown, 'still the list shown a moment ago');
    clock.tick(1);
    assert.equal(await quantityShown(benefits), shown! + 5);
  });

  it('hands each caller a list of its own', async () => {
    const benefits = new BenefitRepository(real.documents);
    const first = await benefits.listToShow(DEMO_TENANT_ID);
    first.length = 0;
    assert.ok((await benefits.listToShow(DEMO_TENANT_ID)).length > 0);
  });
});
