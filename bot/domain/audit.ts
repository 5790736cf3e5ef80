import { z } from 'zod';
import { IsoDateTime } from './dates';

export const AuditOutcome = z.enum(['applied', 'refused']);
export type AuditOutcome = z.infer<typeof AuditOutcome>;

export const AuditEvent = z.object({
  actor: z.string().min(1),
  action: z.string().min(1),
  target: z.string().min(1),
  at: IsoDateTime,
  before: z.json().optional(),
  after: z.json().optional(),
  outcome: AuditOutcome,
  reason: z.string().min(1).optional(),
});
export type AuditEvent = z.infer<typeof AuditEvent>;
