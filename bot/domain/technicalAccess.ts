import type { Benefit } from './benefit';

export interface SupportAccessIds {
  accessId: string;
  contractId: string;
}

/** Once a technical benefit is active, its Access ID and Contract ID are shown to every user of the company. */
export function visibleSupportIds(benefit: Benefit): SupportAccessIds | undefined {
  if (benefit.category !== 'technical' || benefit.status !== 'active') return undefined;
  if (benefit.accessId === undefined || benefit.contractId === undefined) return undefined;
  return { accessId: benefit.accessId, contractId: benefit.contractId };
}
