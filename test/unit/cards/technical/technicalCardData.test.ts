import { strict as assert } from 'node:assert';
import { translatorFor } from '../../../../bot/i18n';
import { technicalOverviewOf, type TechnicalBenefitDoc } from '../../../../bot/services/technicalBenefits';
import { demoCompany } from '../../../support/cards/samples/demoCompany';
import { technicalBenefit } from '../../../support/technicalBenefit';
import { formatList } from '../../../../cards/shared/formatting';
import { benefitInputId, formInputsOf } from '../../../../cards/technical/benefitFormInputs';
import { entitlementFacts, technicalCardData } from '../../../../cards/technical/technicalCardData';

const en = translatorFor('en');
const company = demoCompany();
const alex = company.withRole('globalAdmin');
const megan = company.withRole('mpnPartnerAdmin');
const adele = company.find('employee', (user) => user.roles.length === 0 && user.accountType === 'mpn');

function technical(overrides: Partial<TechnicalBenefitDoc> = {}): TechnicalBenefitDoc {
  return technicalBenefit(company.tenant.tenantId, overrides);
}

function cardFor(user: typeof alex, benefits: TechnicalBenefitDoc[]) {
  return technicalCardData(technicalOverviewOf({ tenant: company.tenant, user }, benefits, company.users), en, 'en');
}

describe('cards/technical', () => {
  describe('formInputsOf', () => {
    it('gives the inputs of the submitted benefit their plain names', () => {
      const payload = { benefitId: 't', [benefitInputId('accessId', 't')]: 'A', [benefitInputId('contractId', 't')]: 'C' };
      assert.deepEqual(formInputsOf(payload), { benefitId: 't', accessId: 'A', contractId: 'C' });
    });

    it("passes on anything else as sent, another benefit's inputs included, for the schema to refuse", () => {
      const payload = { benefitId: 't', [benefitInputId('accessId', 'other')]: 'A', isAdmin: true };
      assert.deepEqual(formInputsOf(payload), payload);
      assert.deepEqual(formInputsOf({ benefitId: 42, 'accessId@42': 'A' }), { benefitId: 42, 'accessId@42': 'A' });
    });
  });

  describe('entitlementFacts', () => {
    it('writes counts as incidents, 0 as none and unlimited as unlimited', () => {
      assert.deepEqual(
        entitlementFacts({ onPremisesIncidents: 10, signatureCloudIncidents: 0 }, en).map((fact) => fact.value),
        [en('technical.entitlement.incidents', { number: 10 }), en('technical.entitlement.none')],
      );
      assert.equal(entitlementFacts({ onPremisesIncidents: 20, signatureCloudIncidents: 'unlimited' }, en)[1]?.value, en('technical.entitlement.unlimited'));
    });
  });

  describe('technicalCardData', () => {
    it('chooses a person named in the command in each assign form that can take them, and says where', () => {
      const overview = (benefits: TechnicalBenefitDoc[]) => technicalOverviewOf({ tenant: company.tenant, user: alex }, benefits, company.users);
      const free = technical({ benefitId: 'free' });
      const held = technical({ benefitId: 'held', assignments: [{ benefitId: 'held', assignee: adele.aadObjectId, assignedAt: '2026-11-01T00:00:00.000Z', assignedBy: alex.aadObjectId }] });
      const card = technicalCardData(overview([free, held]), en, 'en', undefined, adele);
      assert.deepEqual(card.benefits.map((benefit) => benefit.assign.person.people.value), [adele.aadObjectId, ''], 'not where they hold it');
      assert.equal(card.notice, en('technical.byName.chosen', { person: adele.displayName, button: en('technical.assign.button') }));
      const nowhere = technicalCardData(overview([held]), en, 'en', undefined, adele);
      assert.equal(nowhere.notice, en('technical.byName.nowhere', { person: adele.displayName }));
      assert.equal(cardFor(alex, [free]).notice, '', 'nobody named, nothing said');
    });

    it('shows the Access ID and Contract ID only once the benefit is active', () => {
      const ids = { accessId: 'A-1', contractId: 'C-1' };
      const labels = (status: TechnicalBenefitDoc['status']) =>
        cardFor(adele, [technical({ status, ...ids })]).benefits[0].facts.map((fact) => fact.label);
      assert.ok(labels('active').includes(en('technical.facts.accessId')));
      assert.ok(!labels('activationPending').includes(en('technical.facts.accessId')));
      assert.ok(!labels('expired').includes(en('technical.facts.contractId')));
    });

    it('offers Activate to admins for an available benefit and Record IDs once it is pending', () => {
      const available = cardFor(megan, [technical()]).benefits[0];
      assert.deepEqual([available.activate.visible, available.recordIds.visible], [true, false]);
      const pending = cardFor(megan, [technical({ status: 'activationPending' })]).benefits[0];
      assert.deepEqual([pending.activate.visible, pending.recordIds.visible], [false, true]);
      const employee = cardFor(adele, [technical()]).benefits[0];
      assert.deepEqual([employee.activate.visible, employee.hasActions], [false, false]);
    });

    it('offers Assign to a Global admin only, and only while a seat is free', () => {
      assert.equal(cardFor(alex, [technical()]).benefits[0].assign.visible, true);
      assert.equal(cardFor(megan, [technical()]).benefits[0].assign.visible, false);
      const taken = technical({ assignments: [{ benefitId: 't', assignee: adele.aadObjectId, assignedAt: '2026-11-21T10:00:00Z', assignedBy: alex.aadObjectId }] });
      assert.equal(cardFor(alex, [taken]).benefits[0].assign.visible, false);
    });

    it('offers the request form on active advisory hours and presales services only', () => {
      const form = (kind: TechnicalBenefitDoc['kind'], status: TechnicalBenefitDoc['status'] = 'active') =>
        cardFor(adele, [technical({ kind, status })]).benefits[0].request.visible;
      assert.deepEqual(
        [form('advisoryHours'), form('presalesDeployment'), form('onPremisesIncidents'), form('signatureCloudSupport'), form('advisoryHours', 'available')],
        [true, true, false, false, false],
      );
    });

    it('names who may activate and who may assign to those who may not', () => {
      const notes = cardFor(adele, [technical()]).notes.map((note) => note.text);
      assert.deepEqual(notes, [
        en('technical.activateNote', { holders: formatList([alex.displayName, megan.displayName], en) }),
        en('technical.assignNote', { holders: alex.displayName }),
      ]);
      assert.deepEqual(cardFor(alex, [technical()]).notes, []);
    });

    it('says so when the company has no technical benefits', () => {
      assert.equal(cardFor(alex, []).emptyText, en('technical.noBenefits'));
    });
  });
});
