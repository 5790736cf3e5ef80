import type { Middleware, TurnContext } from 'botbuilder';
import { createLogger } from '../../bot/logger';
import { createServices, type AppServices } from '../../bot/services/appServices';
import { resolveCaller } from '../../bot/services/caller';
import { importTenant, parseImportFile } from '../../bot/services/importTenant';
import { DirectoryRepository } from '../../bot/store/directoryRepository';
import { openStore, type StoreConnection } from '../../bot/store/storeConnection';
import { TenantDocuments } from '../../bot/store/tenantDocuments';
import { CALLER_TURN_KEY } from '../../dialogs/turn';
import { demoFileJson } from './demo';

export interface DialogServices {
  store: StoreConnection;
  documents: TenantDocuments;
  services: AppServices;
  directory: DirectoryRepository;
  /** What the Teams handler does before any dialog runs: work out who is speaking. */
  resolvingCaller: Middleware;
}

/** The real services over an embedded store holding the demo company, for a dialog run without the app around it. */
export async function openDialogServices(databaseId: string): Promise<DialogServices> {
  const store = await openStore(
    { cosmos: { kind: 'embedded' }, databaseId, containerId: 'domain', stateContainerId: 'state' },
    createLogger('silent'),
  );
  const documents = new TenantDocuments(store.domain);
  await importTenant(documents, parseImportFile(demoFileJson()), 'test');
  const directory = new DirectoryRepository(documents);
  const resolvingCaller: Middleware = {
    onTurn: async (context: TurnContext, next: () => Promise<void>) => {
      context.turnState.set(CALLER_TURN_KEY, await resolveCaller(context.activity, directory));
      await next();
    },
  };
  return { store, documents, services: createServices(documents), directory, resolvingCaller };
}
