import { CosmosClient } from '@azure/cosmos';

export interface CosmosEndpoint {
  endpoint: string;
  key: string;
}

/**
 * One place that builds clients. Endpoint discovery is off because the embedded server has no regions to discover.
 * No agent of our own: the SDK's default agents keep connections alive, and only with them does it allow plain
 * HTTP to the embedded server on loopback.
 */
export function createCosmosClient({ endpoint, key }: CosmosEndpoint): CosmosClient {
  return new CosmosClient({ endpoint, key, connectionPolicy: { enableEndpointDiscovery: false } });
}
