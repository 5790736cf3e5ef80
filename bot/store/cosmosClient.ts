import { CosmosClient, CosmosDbDiagnosticLevel } from '@azure/cosmos';
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
  const client = new CosmosClient({
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
  skipUnwrittenDiagnostics(client);
  return client;
}

/** The part of the SDK's client context that formats a request's diagnostics (not a documented surface). */
export interface DiagnosticsContext {
  diagnosticLevel?: string;
  diagnosticFormatter?: { format(diagnostics: unknown): string };
}

export function diagnosticsContextOf(client: CosmosClient): DiagnosticsContext | undefined {
  return (client as unknown as { clientContext?: DiagnosticsContext }).clientContext;
}

/**
 * At the default diagnostic level the SDK writes a request's diagnostics nowhere, but turns them into JSON first, on
 * every request (about 15 µs of a turn's single store request): at that level its formatter is given nothing to do.
 * The diagnostics themselves still come with each response. At another level (AZURE_COSMOSDB_DIAGNOSTICS_LEVEL, read
 * when the SDK loads) the SDK logs them, formatted as it does. Relies on the client context's `diagnosticFormatter`
 * (test/integration/cosmosInternals.test.ts).
 */
export function skipUnwrittenDiagnostics(client: CosmosClient): void {
  const context = diagnosticsContextOf(client);
  if (context?.diagnosticLevel === CosmosDbDiagnosticLevel.info && context.diagnosticFormatter) {
    context.diagnosticFormatter = { format: () => '' };
  }
}
