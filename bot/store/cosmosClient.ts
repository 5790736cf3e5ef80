import { CosmosClient } from '@azure/cosmos';
import { DEFAULT_STORE_REQUEST_POLICY } from '../config';

export interface CosmosEndpoint {
  endpoint: string;
  key: string;
}

/**
 * One place that builds clients. Endpoint discovery is off because the embedded server has no regions to discover.
 * No agent of our own: the SDK's default agents keep connections alive, and only with them does it allow plain
 * HTTP to the embedded server on loopback. A throttled request waits as long as the store's retry-after says.
 */
export function createCosmosClient({ endpoint, key }: CosmosEndpoint, policy = DEFAULT_STORE_REQUEST_POLICY): CosmosClient {
  return new CosmosClient({
    endpoint,
    key,
    connectionPolicy: {
      enableEndpointDiscovery: false,
      requestTimeout: policy.timeoutMs,
      retryOptions: {
        maxRetryAttemptCount: policy.throttleRetries,
        maxWaitTimeInSeconds: policy.throttleMaxWaitMs / 1000,
        fixedRetryIntervalInMilliseconds: 0,
      },
    },
  });
}
