import type { RosterUser } from './user';

type Searchable = Pick<RosterUser, 'displayName' | 'email'>;

export interface SearchPage {
  skip: number;
  top: number;
}

/** Letter case and accents do not count: "zoe" finds "Zoë", "MULLER" finds "Müller". */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss');
}

const NAME_SEPARATORS = /[\s\-'’.,()/]+/u;
const ADDRESS_SEPARATORS = /[._+\-@]+/u;

/** What a person is found by: each word of the name, the whole name, the email address and the words of its local part. */
function searchWordsOf(person: Searchable): string[] {
  const name = foldForSearch(person.displayName.trim());
  const email = foldForSearch(person.email);
  const localPart = email.split('@')[0] ?? '';
  return [...new Set([name, ...name.split(NAME_SEPARATORS), email, ...localPart.split(ADDRESS_SEPARATORS)])].filter(Boolean);
}

/**
 * The people of a roster, prepared once so that each search only compares prefixes: a person matches when every word
 * typed begins one of their words, so "zo mil" finds Zoë Miller and "zoe.m" her address. Matches keep the roster's order.
 */
export class PeopleIndex<T extends Searchable> {
  private readonly entries: { person: T; words: string[] }[];

  constructor(people: readonly T[]) {
    this.entries = people.map((person) => ({ person, words: searchWordsOf(person) }));
  }

  find(queryText: string, page: SearchPage): T[] {
    const typed = foldForSearch(queryText).split(/\s+/u).filter(Boolean);
    const found: T[] = [];
    let skipped = 0;
    for (const { person, words } of this.entries) {
      if (!typed.every((part) => words.some((word) => word.startsWith(part)))) continue;
      if (skipped < page.skip) skipped += 1;
      else if (found.push(person) >= page.top) break;
    }
    return found;
  }
}
