import { createCosmosClient } from '../../bot/store/cosmosClient';
import type { EmbeddedCosmos } from '../../bot/store/embeddedCosmos';
import { DEMO_TENANT_ID } from './demo';

/** Whether the demo company's benefit is assigned to the person, read from the store itself, past any proxy in front. */
export async function storedAsAssigned(cosmos: EmbeddedCosmos, benefitId: string, aadObjectId: string): Promise<boolean> {
  const client = createCosmosClient({ endpoint: cosmos.endpoint, key: cosmos.key });
  try {
    const { resource } = await client
      .database('mpn-benefits')
      .container('benefits')
      .item(`benefit:${benefitId}`, DEMO_TENANT_ID)
      .read<{ assignments: { assignee: string }[] }>();
    return resource!.assignments.some((assignment) => assignment.assignee === aadObjectId);
  } finally {
    client.dispose();
  }
}
