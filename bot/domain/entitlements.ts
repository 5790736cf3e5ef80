import type { Competency, CompetencyLevel, Membership } from './tenant';

export interface TechnicalEntitlement {
  /** Microsoft product support incidents for current on-premises products. */
  onPremisesIncidents: number;
  /** Signature Cloud Support incidents for cloud products; 0 means none. */
  signatureCloudIncidents: number | 'unlimited';
}

const ACTION_PACK_ON_PREMISES = 10;
const ON_PREMISES_BY_LEVEL: Record<CompetencyLevel, number> = { silver: 15, gold: 20 };
const CLOUD_BY_LEVEL_FOR_OTHER_COMPETENCY: Record<CompetencyLevel, number> = { silver: 5, gold: 10 };

function cloudIncidents(competency: Competency): number | 'unlimited' {
  return competency.cloud ? 'unlimited' : CLOUD_BY_LEVEL_FOR_OTHER_COMPETENCY[competency.level];
}

function better(a: number | 'unlimited', b: number | 'unlimited'): number | 'unlimited' {
  if (a === 'unlimited' || b === 'unlimited') return 'unlimited';
  return Math.max(a, b);
}

/**
 * The 004 table, row by row: each row takes the best the company holds, so a Gold non-cloud competency and a
 * Silver cloud competency give 20 on-premises incidents and unlimited cloud support. Action Pack has no cloud support.
 */
export function technicalEntitlement(membership: Membership): TechnicalEntitlement {
  let onPremisesIncidents = membership.actionPack ? ACTION_PACK_ON_PREMISES : 0;
  let signatureCloudIncidents: number | 'unlimited' = 0;
  for (const competency of membership.competencies) {
    onPremisesIncidents = Math.max(onPremisesIncidents, ON_PREMISES_BY_LEVEL[competency.level]);
    signatureCloudIncidents = better(signatureCloudIncidents, cloudIncidents(competency));
  }
  return { onPremisesIncidents, signatureCloudIncidents };
}
