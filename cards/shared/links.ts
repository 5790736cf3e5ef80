import type { LinkButton } from './linkButton';
import { LINKS, type LinkDestination } from '../../bot/domain/links';
import type { Translate } from '../../bot/i18n';

/** The button that opens a destination, titled in the reader's language. */
export function linkTo(destination: LinkDestination, t: Translate): LinkButton {
  return { title: t(`links.${destination}`), url: LINKS[destination] };
}
