import { z } from 'zod';
import { Assignment } from './assignment';
import { alternateEmailRequired, assignmentsOf } from './assignmentRules';
import { Benefit } from './benefit';
import {
  benefitDocId,
  MARKETING_CONTACT_DOC_ID,
  TENANT_DOC_ID,
  userDocId,
  type StoredDoc,
} from './documents';
import { checkAlternateEmail } from './email';
import { MarketingContact } from './marketingContact';
import { TenantProfile } from './tenant';
import { RosterUser } from './user';

type Issue = { path: (string | number)[]; message: string };

const SAME_AS_ACCOUNT = 'must differ from the Partner Center account email';

const ImportFileFields = z.object({
  version: z.literal(1),
  tenant: TenantProfile,
  users: z.array(RosterUser),
  benefits: z.array(Benefit),
  assignments: z.array(Assignment).optional(),
  marketingContact: MarketingContact.optional(),
});
type ImportFileShape = z.infer<typeof ImportFileFields>;

function duplicates<T>(items: readonly T[], key: (item: T) => string, path: (index: number) => Issue['path']): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  items.forEach((item, index) => {
    const value = key(item);
    if (seen.has(value)) issues.push({ path: path(index), message: `duplicate ${value}` });
    seen.add(value);
  });
  return issues;
}

function assignmentIssues(file: ImportFileShape): Issue[] {
  const users = new Set(file.users.map((user) => user.aadObjectId));
  const benefits = new Map(file.benefits.map((benefit) => [benefit.benefitId, benefit]));
  const taken = new Map<string, number>();
  const issues: Issue[] = [];
  (file.assignments ?? []).forEach((assignment, index) => {
    const at = (...rest: (string | number)[]) => ['assignments', index, ...rest];
    if (!users.has(assignment.assignee)) {
      issues.push({ path: at('assignee'), message: `${assignment.assignee} is not among the users` });
    }
    const benefit = benefits.get(assignment.benefitId);
    if (benefit === undefined) {
      issues.push({ path: at('benefitId'), message: `${assignment.benefitId} is not among the benefits` });
      return;
    }
    const count = (taken.get(benefit.benefitId) ?? 0) + 1;
    taken.set(benefit.benefitId, count);
    if (count > benefit.quantity) {
      issues.push({ path: at('benefitId'), message: `more assignments than the quantity ${benefit.quantity}` });
    }
    if (alternateEmailRequired(benefit) && assignment.alternateEmail === undefined) {
      issues.push({ path: at('alternateEmail'), message: 'a technical benefit needs an alternate email' });
    }
    if (
      assignment.alternateEmail !== undefined &&
      checkAlternateEmail(assignment.alternateEmail, file.tenant.partnerCenterAccountEmail) === 'sameAsAccount'
    ) {
      issues.push({ path: at('alternateEmail'), message: SAME_AS_ACCOUNT });
    }
  });
  return issues;
}

function marketingContactIssues(file: ImportFileShape): Issue[] {
  const contact = file.marketingContact;
  if (contact === undefined) return offersActivatedWithoutContact(file);
  const issues: Issue[] = [];
  if (!file.users.some((user) => user.aadObjectId === contact.aadObjectId)) {
    const message = `${contact.aadObjectId} is not among the users`;
    issues.push({ path: ['marketingContact', 'aadObjectId'], message });
  }
  if (checkAlternateEmail(contact.email, file.tenant.partnerCenterAccountEmail) === 'sameAsAccount') {
    issues.push({ path: ['marketingContact', 'email'], message: SAME_AS_ACCOUNT });
  }
  return issues;
}

function offersActivatedWithoutContact(file: ImportFileShape): Issue[] {
  const issues: Issue[] = [];
  file.benefits.forEach((benefit, index) => {
    if (benefit.category === 'goToMarket' && (benefit.status === 'active' || benefit.status === 'activationPending')) {
      issues.push({
        path: ['benefits', index, 'status'],
        message: 'a go-to-market offer is only activated after a marketing contact is assigned',
      });
    }
  });
  return issues;
}

/** The JSON file a partner keeps of its Partner Center benefits page, checked as a whole before anything is stored. */
export const ImportFile = ImportFileFields.superRefine((file, ctx) => {
  const issues = [
    ...duplicates(file.users, (user) => user.aadObjectId, (index) => ['users', index, 'aadObjectId']),
    ...duplicates(file.benefits, (benefit) => benefit.benefitId, (index) => ['benefits', index, 'benefitId']),
    ...duplicates(
      file.assignments ?? [],
      (assignment) => `${assignment.benefitId}:${assignment.assignee}`,
      (index) => ['assignments', index, 'assignee'],
    ),
    ...assignmentIssues(file),
    ...marketingContactIssues(file),
  ];
  for (const issue of issues) ctx.addIssue({ code: 'custom', ...issue });
});
export type ImportFile = z.infer<typeof ImportFile>;

export function toDocuments(file: ImportFile): StoredDoc[] {
  const tenantId = file.tenant.tenantId;
  const docs: StoredDoc[] = [{ ...file.tenant, id: TENANT_DOC_ID, type: 'tenant' }];
  for (const user of file.users) docs.push({ ...user, id: userDocId(user.aadObjectId), tenantId, type: 'user' });
  for (const benefit of file.benefits) {
    const assignments = assignmentsOf(benefit.benefitId, file.assignments ?? []);
    docs.push({ ...benefit, id: benefitDocId(benefit.benefitId), tenantId, type: 'benefit', assignments });
  }
  if (file.marketingContact !== undefined) {
    docs.push({ ...file.marketingContact, id: MARKETING_CONTACT_DOC_ID, tenantId, type: 'marketingContact' });
  }
  return docs;
}
