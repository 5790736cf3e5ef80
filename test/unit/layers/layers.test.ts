import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readImports, type ImportEdge } from './importGraph';
import { layerCycles, layerViolations, PRODUCTION_FOLDERS } from './layerRules';

const ROOT = path.resolve(__dirname, '../../..');

const imports = (from: string, ...targets: string[]): ImportEdge[] =>
  targets.map((to) => ({ from, to, isPackage: !to.includes('/') || to.startsWith('@'), typeOnly: false }));

describe('layers: who may import whom', () => {
  const production = readImports(ROOT, PRODUCTION_FOLDERS);

  it('reads the imports of the production code', () => {
    assert.ok(production.some((edge) => edge.from === 'bot/app.ts' && edge.to === 'bot/services/appServices.ts'));
    assert.ok(production.some((edge) => edge.from === 'bot/store/bulk.ts' && edge.to === '@azure/cosmos' && edge.isPackage));
  });

  it('the production code breaks no rule', () => {
    assert.deepEqual(layerViolations(production), []);
  });

  it('the production code has no cycle between folders', () => {
    assert.deepEqual(layerCycles(production), []);
  });

  describe('reports what breaks a rule', () => {
    it('the domain importing anything of ours', () => {
      assert.deepEqual(layerViolations(imports('bot/domain/refund.ts', 'bot/i18n/index.ts')), [
        'bot/domain/refund.ts imports bot/i18n/index.ts: bot/domain may not depend on bot/i18n',
      ]);
    });

    it('the store importing a service, dialogs or cards importing the store', () => {
      const wrong = [
        ...imports('bot/store/tenantRepository.ts', 'bot/services/outcome.ts'),
        ...imports('dialogs/help/helpDialog.ts', 'bot/store/tenantDocuments.ts'),
        ...imports('cards/help/help.ts', 'bot/store/errors.ts'),
      ];
      assert.equal(layerViolations(wrong).length, 3);
    });

    it('notify running a service’s code, though it may name a service’s types', () => {
      const typeOnly: ImportEdge = { from: 'bot/notify/notifier.ts', to: 'bot/services/notificationTrigger.ts', isPackage: false, typeOnly: true };
      assert.deepEqual(layerViolations([typeOnly]), []);
      assert.deepEqual(layerViolations([{ ...typeOnly, typeOnly: false }]), [
        'bot/notify/notifier.ts imports bot/services/notificationTrigger.ts: bot/notify may not depend on bot/services (only its types may be imported)',
      ]);
    });

    it('cards running a service’s code, though a card’s data builder may name the views a service answers', () => {
      const typeOnly: ImportEdge = { from: 'cards/offers/offersCardData.ts', to: 'bot/services/goToMarketOffers.ts', isPackage: false, typeOnly: true };
      assert.deepEqual(layerViolations([typeOnly]), []);
      assert.deepEqual(layerViolations([{ ...typeOnly, typeOnly: false }]), [
        'cards/offers/offersCardData.ts imports bot/services/goToMarketOffers.ts: cards may not depend on bot/services (only its types may be imported)',
      ]);
    });

    it('@azure/cosmos outside the store, botbuilder outside the platform files', () => {
      const wrong = [
        ...imports('bot/notify/outbox.ts', '@azure/cosmos'),
        ...imports('cards/shared/renderCard.ts', 'botbuilder'),
        ...imports('bot/services/caller.ts', 'botframework-schema'),
        ...imports('bot/store/cosmosBotStorage.ts', 'botbuilder-core'),
      ];
      assert.deepEqual(layerViolations(wrong), [
        'bot/notify/outbox.ts imports @azure/cosmos: @azure/cosmos is not for bot/notify',
        'cards/shared/renderCard.ts imports botbuilder: the Bot Framework SDK is not for cards',
        'bot/services/caller.ts imports botframework-schema: the Bot Framework SDK is not for bot/services',
        'bot/store/cosmosBotStorage.ts imports botbuilder-core: the Bot Framework SDK is not for bot/store',
      ]);
      assert.deepEqual(layerViolations([...imports('bot/adapter.ts', 'botbuilder'), ...imports('dialogs/turn.ts', 'botbuilder-dialogs')]), []);
    });

    it('production code importing test support or examples', () => {
      assert.deepEqual(layerViolations(imports('cards/catalog.ts', 'test/support/cards/samples/helpSamples.ts')), [
        'cards/catalog.ts imports test/support/cards/samples/helpSamples.ts, outside the bot\'s production code',
      ]);
    });

    it('a cycle between folders', () => {
      const cyclic = [
        ...imports('bot/services/appServices.ts', 'bot/notify/notificationAdmin.ts'),
        ...imports('bot/notify/notificationAdmin.ts', 'bot/services/runAction.ts'),
        ...imports('cards/help/helpCardData.ts', 'dialogs/commands.ts'),
        ...imports('dialogs/help/helpDialog.ts', 'cards/help/help.ts'),
      ];
      assert.deepEqual(layerCycles(cyclic), ['bot/services → bot/notify → bot/services', 'cards → dialogs → cards']);
    });
  });

  it('finds a wrong import in files on disk, whatever form the import takes', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'layers-'));
    try {
      mkdirSync(path.join(root, 'bot/store'), { recursive: true });
      mkdirSync(path.join(root, 'bot/services'), { recursive: true });
      writeFileSync(path.join(root, 'bot/services/outcome.ts'), 'export const done = 1;\n');
      writeFileSync(
        path.join(root, 'bot/store/wrong.ts'),
        [
          "import { done } from '../services/outcome';",
          "export { done as again } from '../services/outcome';",
          "import type { TurnContext } from 'botbuilder';",
          "const later = () => import('../services/outcome');",
          "const connector = require('botframework-connector');",
          'export const used = [done, later, connector] as unknown as TurnContext;',
        ].join('\n'),
      );
      const violations = layerViolations(readImports(root, ['bot']));
      assert.deepEqual(violations, [
        'bot/store/wrong.ts imports bot/services/outcome.ts: bot/store may not depend on bot/services',
        'bot/store/wrong.ts imports bot/services/outcome.ts: bot/store may not depend on bot/services',
        'bot/store/wrong.ts imports botbuilder: the Bot Framework SDK is not for bot/store',
        'bot/store/wrong.ts imports bot/services/outcome.ts: bot/store may not depend on bot/services',
        'bot/store/wrong.ts imports botframework-connector: the Bot Framework SDK is not for bot/store',
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
