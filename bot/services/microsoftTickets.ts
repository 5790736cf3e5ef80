import { z } from 'zod';
import { updateConditioned } from '../store/conditionedUpdate';
import type { RequestRepository, StoredRequest } from '../store/requestRepository';
import type { ActionContext } from './actionContext';
import { done, refused, type Outcome } from './outcome';
import { runAction, type ActionDependencies } from './runAction';
import { AUDITED_ACTIONS } from '../domain/auditedActions';

/** Partner Center's ticket numbers are digits; letters and dashes are allowed for what support may quote. */
export const TicketInput = z
  .object({
    requestId: z.string().trim().min(1).max(64),
    ticketNumber: z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9-]{3,39}$/),
  })
  .strict();
export type TicketInput = z.infer<typeof TicketInput>;

/**
 * A request recorded here reaches Microsoft only when an admin files it in Partner Center; the ticket number Microsoft
 * gives it is kept with the request, so both can be followed together.
 */
export class MicrosoftTickets {
  constructor(private readonly dependencies: ActionDependencies & { requests: RequestRepository }) {}

  /** ETag-conditioned; the activity that recorded a number is kept with it, so a redelivered one changes nothing. */
  record(context: ActionContext, input: unknown): Promise<Outcome<StoredRequest>> {
    const spec = { permission: 'manageRequests' as const, name: AUDITED_ACTIONS.recordMicrosoftTicket, schema: TicketInput };
    return runAction(this.dependencies, context, spec, input, async (caller, ticket) => {
      const { requests } = this.dependencies;
      let before: string | undefined;
      const outcome = await updateConditioned<StoredRequest, Outcome<StoredRequest>>({
        read: () => requests.get(caller.tenantId, ticket.requestId),
        decide: (request) => {
          if (!request) return { stop: refused('requestNotFound', { requestId: ticket.requestId }) };
          before = request.microsoftTicket?.number;
          if (request.microsoftTicket?.idempotencyKey === context.idempotencyKey) return { stop: done(request, true) };
          if (before === ticket.ticketNumber) return { stop: refused('ticketUnchanged', { requestId: request.requestId, ticketNumber: before }) };
          const microsoftTicket = { number: ticket.ticketNumber, at: context.now.toISOString(), by: caller.user.aadObjectId, idempotencyKey: context.idempotencyKey };
          return { write: { ...request, microsoftTicket }, result: (written) => done(written) };
        },
        replace: (next, etag) => requests.replace(next, etag),
        deadline: context.deadline,
      });
      return {
        outcome,
        target: `request:${ticket.requestId}`,
        before: before && { microsoftTicket: before },
        after: outcome.kind === 'done' ? { microsoftTicket: outcome.value.microsoftTicket?.number } : undefined,
      };
    });
  }
}
