import { strict as assert } from 'node:assert';
import { LINKS } from '../../../bot/domain/links';
import { expandedSamples } from '../../support/cards/catalog';

/** Every Action.OpenUrl of a card, however deeply nested. */
function openUrls(node: unknown): { title: string; url: string }[] {
  if (Array.isArray(node)) return node.flatMap(openUrls);
  if (!node || typeof node !== 'object') return [];
  const element = node as Record<string, unknown>;
  const own = element.type === 'Action.OpenUrl' ? [{ title: String(element.title), url: String(element.url) }] : [];
  return [...own, ...Object.values(element).flatMap(openUrls)];
}

describe('links out of Teams on the cards', () => {
  const samples = expandedSamples();
  const known = new Set<string>(Object.values(LINKS));

  it('open only the addresses kept in one place, each with a title (download links come with the product)', () => {
    for (const sample of samples.filter((sample) => sample.card !== 'softwareKeys')) {
      for (const link of openUrls(sample.content)) {
        assert.ok(known.has(link.url), `${sample.card}/${sample.sample}: ${link.url}`);
        assert.ok(link.title.trim() !== '' && !link.title.startsWith('links.'), `${sample.card}/${sample.sample}`);
      }
    }
  });

  const expected: [string, string][] = [
    ['benefitsSummary', LINKS.partnerCenterBenefits],
    ['offers', LINKS.partnerCenterBenefits],
    ['visualStudio', LINKS.visualStudioSubscriptions],
    ['technical', LINKS.partnerCenterTechnicalBenefits],
    ['technical', LINKS.supportForBusiness],
    ['actionPack', LINKS.actionPack],
    ['requests', LINKS.partnerCenterServiceRequests],
    ['cloudBenefit', LINKS.azurePortal],
  ];
  for (const [card, url] of expected) {
    it(`sends the admin on from the ${card} card to ${url}`, () => {
      const ofCard = samples.filter((sample) => sample.card === card && sample.locale === 'en');
      assert.ok(ofCard.some((sample) => openUrls(sample.content).some((link) => link.url === url)));
    });
  }
});
