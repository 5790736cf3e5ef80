import type { SoftwareBenefit } from '../../../../bot/domain/benefit';
import { requiredRolesFor } from '../../../../bot/domain/permissions';
import type { Locale, Translate } from '../../../../bot/i18n';
import { refused } from '../../../../bot/services/outcome';
import { revealedKeys } from '../../../../bot/services/softwareKeys';
import { softwareKeysCardData, softwareProductCardData } from '../../../../cards/software/softwareCardData';
import { refusalNote } from '../../../../dialogs/software/refusalNote';
import type { SoftwareKeysCardData } from '../../../../cards/software/softwareKeys';
import type { SoftwareProductCardData } from '../../../../cards/software/softwareProduct';
import { demoCompany } from './demoCompany';

function demoSoftware() {
  const company = demoCompany();
  const benefit = company.benefits.find((candidate): candidate is SoftwareBenefit & typeof candidate => candidate.category === 'software');
  const product = benefit?.products.find((candidate) => candidate.operatingSystems.length > 1 && candidate.downloadLinks.length > 0);
  if (!benefit || !product) throw new Error('examples/demo-tenant.json has no software product with downloads for the card samples');
  return { company, benefit, product };
}

/** A product as an admin sees it in a personal chat, and as those see it who get no keys (an employee, a group chat). */
export function softwareProductSamples(t: Translate, locale: Locale): Record<string, SoftwareProductCardData> {
  const { company, benefit, product } = demoSoftware();
  const { keys: _keys, ...keyless } = product;
  const view = { benefitId: benefit.benefitId, benefitName: benefit.name, product: keyless };
  const roles = requiredRolesFor('getKeys');
  const holders = company.users.filter((user) => user.roles.some((role) => roles.includes(role))).map((user) => user.displayName);
  const roleRefusal = refusalNote(refused('roleRequired', { requiredRoles: roles, holders }), t, locale)!;
  const chatRefusal = refusalNote(refused('keysOnlyInPersonalChat'), t, locale)!;
  return {
    admin: softwareProductCardData({ view }, t, locale),
    employee: softwareProductCardData({ view, keyRefusal: roleRefusal }, t, locale),
    'group-chat': softwareProductCardData({ view, keyRefusal: chatRefusal }, t, locale),
  };
}

/** The keys with a matching install package, and for a language and OS that have none. */
export function softwareKeysSamples(t: Translate, locale: Locale): Record<string, SoftwareKeysCardData> {
  const { benefit, product } = demoSoftware();
  const link = product.downloadLinks[0];
  const missing = product.languages
    .flatMap((language) => product.operatingSystems.map((os) => ({ language, os })))
    .find((pair) => !product.downloadLinks.some((candidate) => candidate.language === pair.language && candidate.os === pair.os));
  if (!missing) throw new Error('examples/demo-tenant.json has no software product missing a download for the card samples');
  return {
    'with-download': softwareKeysCardData(revealedKeys(benefit.name, product, link.language, link.os), t, locale),
    'no-download': softwareKeysCardData(revealedKeys(benefit.name, product, missing.language, missing.os), t, locale),
  };
}
