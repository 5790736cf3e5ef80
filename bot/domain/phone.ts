// The `max` metadata checks a number's digits against each country's numbering plan; `min` checks only its length,
// so `+49 11 1234567` (Germany has no area code 11) would pass. It is loaded once, on the server: its size is no cost.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

export type PhoneCheck = { ok: true; e164: string } | { ok: false; problem: 'invalid' | 'countryCodeMissing' };

/** What people put between digits when they write a number down. */
const SEPARATORS = /[\s\-.()]/g;
/** Only digits, separators and one leading plus: letters, extensions ("ext. 12") and other signs are refused. */
const WRITTEN_NUMBER = /^\+?[\d\s\-.()]+$/;
/** The international call prefix of most countries, written where a `+` belongs. */
const INTERNATIONAL_PREFIX = '00';

/**
 * The shape a card checks before sending (Input.Text `regex`): an international prefix (`+` or `00`) and at least 7 more
 * digits or separators. Looser than `normalizePhoneNumber`, which still decides on the server.
 */
export const PHONE_INPUT_PATTERN = '^\\s*(\\+|00)[\\d\\s\\-.()]{7,}$';

/**
 * Writes an international phone number as E.164 (`+4930123456`) when it is a number of the country its code names,
 * by that country's numbering plan (libphonenumber's). It accepts the number as people write it, with spaces,
 * dashes, dots and parentheses, and with the international prefix written `+` or `00`. A bracketed trunk zero
 * (`+49 (0)30 …`) is dropped where the country does not dial it from abroad, and kept where it does (Italy:
 * `+39 (0)6 …` is `+3906…`). A national number without a country code is refused: the country cannot be guessed.
 */
export function normalizePhoneNumber(written: string): PhoneCheck {
  const trimmed = written.trim();
  if (!WRITTEN_NUMBER.test(trimmed)) return { ok: false, problem: 'invalid' };
  const digitsAndPlus = trimmed.replace(SEPARATORS, '');
  let international: string;
  if (digitsAndPlus.startsWith('+')) international = digitsAndPlus;
  else if (digitsAndPlus.startsWith(INTERNATIONAL_PREFIX)) international = `+${digitsAndPlus.slice(INTERNATIONAL_PREFIX.length)}`;
  else return { ok: false, problem: digitsAndPlus.length > 0 ? 'countryCodeMissing' : 'invalid' };
  const number = parsePhoneNumberFromString(international);
  return number?.isValid() ? { ok: true, e164: number.number } : { ok: false, problem: 'invalid' };
}
