import { z } from 'zod';
import { IsoDateTime } from './dates';
import { IdempotencyKey } from './idempotency';

export const Assignment = z.object({
  benefitId: z.string().min(1),
  assignee: z.string().min(1),
  assignedAt: IsoDateTime,
  assignedBy: z.string().min(1),
  alternateEmail: z.email().optional(),
  /** The activity that made the assignment: a redelivered activity finds its own write and does not repeat it. */
  idempotencyKey: IdempotencyKey.optional(),
});
export type Assignment = z.infer<typeof Assignment>;
