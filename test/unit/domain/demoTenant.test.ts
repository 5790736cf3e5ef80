import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  actionPackRenewalDate,
  authorize,
  canReassign,
  hasActiveMembershipOffers,
  ImportFile,
  technicalEntitlement,
  toDocuments,
} from '../../../bot/domain';

const demoPath = join(__dirname, '..', '..', '..', 'examples', 'demo-tenant.json');
const today = new Date('2026-11-21T12:00:00Z');

describe('examples/demo-tenant.json', () => {
  const parsed = ImportFile.safeParse(JSON.parse(readFileSync(demoPath, 'utf8')));

  it('is a valid import file', () => {
    assert.deepEqual(parsed.error?.issues ?? [], []);
    assert.equal(parsed.success, true);
  });

  const file = ImportFile.parse(JSON.parse(readFileSync(demoPath, 'utf8')));
  const user = (name: string) => file.users.find((candidate) => candidate.displayName === name);

  it('is Contoso Cloud Partners with its fixed ids', () => {
    assert.equal(file.tenant.companyName, 'Contoso Cloud Partners');
    assert.equal(file.tenant.tenantId, '00000000-0000-0000-0000-0000000000001');
    assert.equal(file.tenant.partnerCenterAccountEmail, 'partnercenter@contoso-partners.example');
    assert.deepEqual(
      file.users.map((candidate) => [candidate.displayName, candidate.aadObjectId]),
      [
        ['Alex Wilber', '00000000-0000-0000-0000-0000000000020'],
        ['Megan Bowen', '00000000-0000-0000-0000-0000000000021'],
        ['Lee Gu', '00000000-0000-0000-0000-0000000000022'],
        ['Adele Vance', '00000000-0000-0000-0000-0000000000023'],
        ['Diego Siciliani', '00000000-0000-0000-0000-0000000000024'],
      ],
    );
  });

  it('gives each demo user the access the scenario needs', () => {
    assert.deepEqual(authorize(user('Alex Wilber'), 'assignBenefit'), { allowed: true });
    assert.deepEqual(authorize(user('Megan Bowen'), 'activateTechnical'), { allowed: true });
    assert.equal(authorize(user('Megan Bowen'), 'assignBenefit').allowed, false);
    assert.equal(authorize(user('Lee Gu'), 'getKeys').allowed, false);
    assert.deepEqual(authorize(user('Adele Vance'), 'viewOwnAssignments'), { allowed: true });
    assert.deepEqual(authorize(user('Diego Siciliani'), 'viewBenefits'), {
      allowed: false,
      reason: 'cspOnly',
      requiredRoles: [],
    });
  });

  it('has an Action Pack renewing within the next two months and a Silver cloud competency', () => {
    const pack = file.tenant.membership.actionPack;
    assert.ok(pack?.autoRenew);
    assert.equal(actionPackRenewalDate(pack.purchaseDate, pack.lastRenewalDate, today), '2027-01-15');
    assert.deepEqual(technicalEntitlement(file.tenant.membership), {
      onPremisesIncidents: 15,
      signatureCloudIncidents: 'unlimited',
    });
  });

  it('covers every benefit category, with live offers and one expired offer', () => {
    assert.deepEqual(
      [...new Set(file.benefits.map((benefit) => benefit.category))].sort(),
      ['cloud', 'goToMarket', 'software', 'technical', 'visualStudio'],
    );
    assert.equal(hasActiveMembershipOffers(file.benefits), true);
    assert.ok(file.benefits.some((benefit) => benefit.category === 'goToMarket' && benefit.status === 'expired'));
  });

  it('has one Visual Studio assignment that may be reassigned today and one that may not', () => {
    const vs = (file.assignments ?? []).filter((assignment) => assignment.benefitId === 'vs-professional');
    assert.deepEqual(
      vs.map((assignment) => canReassign(assignment.assignedAt, today)),
      [true, false],
    );
  });

  it('leaves the Playground walkthroughs something to do: a free seat for the employee, a contact to register', () => {
    const vs = file.benefits.find((benefit) => benefit.benefitId === 'vs-professional');
    const vsAssignees = (file.assignments ?? []).filter((assignment) => assignment.benefitId === 'vs-professional');
    assert.ok(vs && vs.quantity > vsAssignees.length, 'a free Visual Studio seat');
    assert.ok(!vsAssignees.some((assignment) => assignment.assignee === '00000000-0000-0000-0000-0000000000023'));
    assert.equal(file.marketingContact, undefined);
    const silverCore = file.benefits.find((benefit) => benefit.category === 'goToMarket' && benefit.offerTypes.includes('Silver Core'));
    assert.equal(silverCore?.status, 'available');
  });

  it('has data for every flow of the command table: a technical benefit to activate, and active advisory hours and presales for the request form', () => {
    const technical = file.benefits.filter((benefit) => benefit.category === 'technical');
    assert.ok(technical.some((benefit) => benefit.status === 'available'), 'one to activate');
    for (const kind of ['advisoryHours', 'presalesDeployment']) {
      assert.ok(technical.some((benefit) => benefit.kind === kind && benefit.status === 'active'), kind);
    }
    assert.ok(file.benefits.some((benefit) => benefit.category === 'cloud' && benefit.billing === 'usageBased'), 'Azure to activate');
    assert.ok(file.benefits.some((benefit) => benefit.category === 'cloud' && benefit.billing === 'licenseBased'), 'cloud keys');
    assert.ok(file.benefits.some((benefit) => benefit.category === 'software' && benefit.status !== 'active'), 'software to cancel');
  });

  it('maps to stored documents of its tenant', () => {
    const docs = toDocuments(file);
    assert.ok(docs.every((doc) => doc.tenantId === file.tenant.tenantId));
    assert.equal(new Set(docs.map((doc) => doc.id)).size, docs.length);
  });
});
