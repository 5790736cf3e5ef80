import { strict as assert } from 'node:assert';
import { ImportFile, StoredDoc, toDocuments } from '../../../bot/domain';

const account = 'partnercenter@contoso-partners.example';

function validFile() {
  return {
    version: 1,
    tenant: {
      tenantId: 't1',
      companyName: 'Contoso Cloud Partners',
      partnerCenterAccountEmail: account,
      membership: { networkMember: true, competencies: [] },
    },
    users: [
      { aadObjectId: 'ga', displayName: 'Alex', email: 'alex@contoso-partners.example', roles: ['globalAdmin'] },
      { aadObjectId: 'adele', displayName: 'Adele', email: 'adele@contoso-partners.example' },
    ],
    benefits: [
      { benefitId: 'vs', name: 'VS Pro', quantity: 1, status: 'active', category: 'visualStudio', edition: 'Professional' },
      { benefitId: 'sig', name: 'Signature', quantity: 2, status: 'active', category: 'technical', kind: 'signatureCloudSupport' },
      { benefitId: 'gtm', name: 'Silver Core', quantity: 1, status: 'active', category: 'goToMarket', offerTypes: ['Silver Core'] },
    ],
    assignments: [
      { benefitId: 'vs', assignee: 'adele', assignedAt: '2026-02-02T09:30:00Z', assignedBy: 'ga' },
      {
        benefitId: 'sig',
        assignee: 'ga',
        assignedAt: '2026-02-02T09:30:00Z',
        assignedBy: 'ga',
        alternateEmail: 'alex.support@contoso-partners.example',
      },
    ],
    marketingContact: {
      aadObjectId: 'ga',
      email: 'marketing@contoso-partners.example',
      phoneE164: '+31201234567',
      preferredLanguage: 'en',
    },
  };
}

type Mutable = ReturnType<typeof validFile>;

function issuesOf(mutate: (file: Mutable) => void): { path: string; message: string }[] {
  const file = validFile();
  mutate(file);
  const result = ImportFile.safeParse(file);
  assert.equal(result.success, false, 'expected the file to be refused');
  return result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

function pathsOf(mutate: (file: Mutable) => void): string[] {
  return issuesOf(mutate).map((issue) => issue.path);
}

describe('domain/importFile', () => {
  it('accepts a consistent file', () => {
    assert.equal(ImportFile.safeParse(validFile()).success, true);
  });

  it('accepts a file without assignments or marketing contact when no offer is active', () => {
    const file: Partial<Mutable> = validFile();
    delete file.assignments;
    delete file.marketingContact;
    file.benefits = file.benefits!.filter((benefit) => benefit.category !== 'goToMarket');
    assert.equal(ImportFile.safeParse(file).success, true);
  });

  it('knows only version 1', () => {
    assert.deepEqual(pathsOf((file) => Object.assign(file, { version: 2 })), ['version']);
  });

  it('reports schema errors deep inside with their path', () => {
    assert.deepEqual(pathsOf((file) => Object.assign(file.users[1], { email: 'adele' })), ['users.1.email']);
  });

  it('refuses a repeated aadObjectId', () => {
    assert.deepEqual(
      issuesOf((file) => file.users.push({ ...file.users[1] })),
      [{ path: 'users.2.aadObjectId', message: 'duplicate adele' }],
    );
  });

  it('refuses a repeated benefitId', () => {
    assert.deepEqual(pathsOf((file) => file.benefits.push({ ...file.benefits[0] })), ['benefits.3.benefitId']);
  });

  it('refuses the same benefit assigned twice to one person', () => {
    assert.deepEqual(
      pathsOf((file) => {
        file.benefits[0].quantity = 2;
        file.assignments.push({ ...file.assignments[0] });
      }),
      ['assignments.2.assignee'],
    );
  });

  it('refuses an assignment to someone not among the users', () => {
    assert.deepEqual(pathsOf((file) => (file.assignments[0].assignee = 'stranger')), ['assignments.0.assignee']);
  });

  it('refuses an assignment of an unknown benefit', () => {
    assert.deepEqual(pathsOf((file) => (file.assignments[0].benefitId = 'ghost')), ['assignments.0.benefitId']);
  });

  it('refuses more assignments than the quantity, pointing at the first one too many', () => {
    assert.deepEqual(
      issuesOf((file) =>
        file.assignments.push({ benefitId: 'vs', assignee: 'ga', assignedAt: '2026-03-01T00:00:00Z', assignedBy: 'ga' }),
      ),
      [{ path: 'assignments.2.benefitId', message: 'more assignments than the quantity 1' }],
    );
  });

  it('allows assignments up to the quantity', () => {
    const file = validFile();
    file.assignments.push({
      benefitId: 'sig',
      assignee: 'adele',
      assignedAt: '2026-03-01T00:00:00Z',
      assignedBy: 'ga',
      alternateEmail: 'adele.support@contoso-partners.example',
    });
    assert.equal(ImportFile.safeParse(file).success, true);
  });

  it('needs an alternate email on a technical assignment', () => {
    assert.deepEqual(pathsOf((file) => delete (file.assignments[1] as { alternateEmail?: string }).alternateEmail), [
      'assignments.1.alternateEmail',
    ]);
  });

  it('refuses an alternate email equal to the account email in another letter case', () => {
    assert.deepEqual(pathsOf((file) => (file.assignments[1].alternateEmail = 'PartnerCenter@Contoso-Partners.example')), [
      'assignments.1.alternateEmail',
    ]);
  });

  it('refuses a marketing contact email equal to the account email in another letter case', () => {
    assert.deepEqual(
      issuesOf((file) => (file.marketingContact.email = account.toUpperCase())),
      [{ path: 'marketingContact.email', message: 'must differ from the Partner Center account email' }],
    );
  });

  it('refuses a marketing contact who is not among the users', () => {
    assert.deepEqual(pathsOf((file) => (file.marketingContact.aadObjectId = 'stranger')), ['marketingContact.aadObjectId']);
  });

  it('refuses an active or pending go-to-market offer without a marketing contact', () => {
    assert.deepEqual(pathsOf((file) => delete (file as Partial<Mutable>).marketingContact), ['benefits.2.status']);
    assert.deepEqual(
      pathsOf((file) => {
        delete (file as Partial<Mutable>).marketingContact;
        file.benefits[2].status = 'activationPending';
      }),
      ['benefits.2.status'],
    );
  });

  it('reports every problem at once', () => {
    assert.deepEqual(
      pathsOf((file) => {
        file.users.push({ ...file.users[0] });
        file.assignments[0].assignee = 'stranger';
        file.marketingContact.email = account;
      }),
      ['users.2.aadObjectId', 'assignments.0.assignee', 'marketingContact.email'],
    );
  });

  describe('toDocuments', () => {
    const docs = toDocuments(ImportFile.parse(validFile()));

    it('maps the file to documents with deterministic ids', () => {
      assert.deepEqual(
        docs.map((doc) => doc.id),
        [
          'tenant',
          'user:ga',
          'user:adele',
          'benefit:vs',
          'benefit:sig',
          'benefit:gtm',
          'marketingContact',
        ],
      );
    });

    it('keeps each assignment on its benefit', () => {
      const assigneesOf = (id: string) =>
        docs.flatMap((doc) => (doc.type === 'benefit' && doc.id === id ? doc.assignments.map((a) => a.assignee) : []));
      assert.deepEqual(assigneesOf('benefit:vs'), ['adele']);
      assert.deepEqual(assigneesOf('benefit:sig'), ['ga']);
      assert.deepEqual(assigneesOf('benefit:gtm'), []);
    });

    it('gives every document the tenant id and a type', () => {
      assert.ok(docs.every((doc) => doc.tenantId === 't1'));
      assert.deepEqual(
        docs.map((doc) => doc.type),
        ['tenant', 'user', 'user', 'benefit', 'benefit', 'benefit', 'marketingContact'],
      );
    });

    it('produces documents that are valid stored documents', () => {
      for (const doc of docs) assert.equal(StoredDoc.safeParse(doc).success, true, doc.id);
    });

    it('applies defaults and keeps the data', () => {
      const adele = docs.find((doc) => doc.id === 'user:adele');
      assert.ok(adele?.type === 'user');
      assert.deepEqual(adele.roles, []);
      assert.equal(adele.accountType, 'mpn');
    });

    it('gives the same documents when imported twice', () => {
      assert.deepEqual(toDocuments(ImportFile.parse(validFile())), docs);
    });

    it('writes no marketing contact when there is none', () => {
      const file: Partial<Mutable> = validFile();
      delete file.marketingContact;
      file.benefits = file.benefits!.filter((benefit) => benefit.category !== 'goToMarket');
      const ids = toDocuments(ImportFile.parse(file)).map((doc) => doc.id);
      assert.equal(ids.includes('marketingContact'), false);
    });
  });
});
