import { z } from 'zod';
import { IsoDateTime } from './dates';

export const RequestKind = z.enum(['cancellation', 'supportRequest', 'presalesAdvisory']);
export type RequestKind = z.infer<typeof RequestKind>;

export const RequestStatus = z.enum(['open', 'inProgress', 'resolved', 'rejected']);
export type RequestStatus = z.infer<typeof RequestStatus>;

/**
 * Partner Center's problem type for cancelling an Action Pack:
 * "Help with partner invoice, payment, or reconciliation file".
 */
export const ACTION_PACK_CANCELLATION_CATEGORY = 'partnerInvoicePaymentReconciliation';

/** The Action Pack is cancelled as a whole; every other target is a benefit id. */
export const ACTION_PACK_TARGET = 'actionPack';

export const ServiceRequest = z.object({
  requestId: z.string().min(1),
  kind: RequestKind,
  status: RequestStatus,
  category: z.string().min(1),
  benefitId: z.string().min(1).optional(),
  reason: z.string().min(1),
  createdAt: IsoDateTime,
  createdBy: z.string().min(1),
  refundEligible: z.boolean().optional(),
});
export type ServiceRequest = z.infer<typeof ServiceRequest>;

/** Support still has to answer an open or in-progress request; a resolved or rejected one is closed. */
export const OPEN_REQUEST_STATUSES: readonly RequestStatus[] = ['open', 'inProgress'];

export function isOpenRequest(request: Pick<ServiceRequest, 'status'>): boolean {
  return OPEN_REQUEST_STATUSES.includes(request.status);
}

/**
 * The cancellation request still open for a benefit, or for the Action Pack when `benefitId` is undefined. One is
 * enough: a second would only make support handle the same cancellation twice.
 */
export function openCancellationOf<T extends ServiceRequest>(requests: readonly T[], benefitId: string | undefined): T | undefined {
  return requests.find(
    (request) => request.kind === 'cancellation' && request.benefitId === benefitId && isOpenRequest(request),
  );
}
