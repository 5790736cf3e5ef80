import { z } from 'zod';

/**
 * The idempotency key of the activity that made a change (its conversation and activity id), kept with the change: a
 * redelivered activity finds its own change instead of deciding again. Documents written before the key existed
 * carry `activityId` instead, Teams' message id alone, which is unique within one conversation only; it is accepted
 * and never compared, so an activity of another chat cannot pass for a repeat. The price: an activity redelivered
 * across the upgrade to the key takes effect twice.
 */
export const IdempotencyKey = z.string().min(1);
