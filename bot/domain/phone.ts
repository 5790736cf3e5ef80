export type PhoneCheck = { ok: true; e164: string } | { ok: false; problem: 'invalid' | 'countryCodeMissing' };

/** E.164 allows at most 15 digits, country code included; fewer than 8 is taken as a typing mistake. */
const MIN_DIGITS = 8;
const MAX_DIGITS = 15;
/** What people put between digits when they write a number down. */
const SEPARATORS = /[\s\-.()]/g;
/** Only digits, separators and one leading plus: letters, extensions ("ext. 12") and other signs are refused. */
const WRITTEN_NUMBER = /^\+?[\d\s\-.()]+$/;

/**
 * The shape a card checks before sending (Input.Text `regex`): an international prefix (`+` or `00`) and at least 7 more
 * digits or separators. Looser than `normalizePhoneNumber`, which still decides on the server.
 */
export const PHONE_INPUT_PATTERN = '^\\s*(\\+|00)[\\d\\s\\-.()]{7,}$';

/**
 * Writes an international phone number as E.164 (`+4930123456`). It accepts the number as people write it, with
 * spaces, dashes, dots and parentheses, and with the international prefix written `+` or `00`; a bracketed trunk
 * zero (`+49 (0)30 …`) is dropped, since it is not dialled from abroad.
 *
 * What it does not know: the country codes and each country's number lengths. It checks the shape only (8 to 15
 * digits in all, not starting with 0), so a well-shaped number that no country uses passes, and the shortest numbers
 * of a few small territories (7 digits in all) are refused. A national number without a country code is refused:
 * the country cannot be guessed.
 */
export function normalizePhoneNumber(written: string): PhoneCheck {
  const trimmed = written.trim();
  if (!WRITTEN_NUMBER.test(trimmed)) return { ok: false, problem: 'invalid' };
  const withoutTrunkZero = trimmed.replace(/\(\s*0\s*\)/g, '');
  const digitsAndPlus = withoutTrunkZero.replace(SEPARATORS, '');
  let international: string;
  if (digitsAndPlus.startsWith('+')) international = digitsAndPlus.slice(1);
  else if (digitsAndPlus.startsWith('00')) international = digitsAndPlus.slice(2);
  else return { ok: false, problem: digitsAndPlus.length > 0 ? 'countryCodeMissing' : 'invalid' };
  if (!/^[1-9]\d*$/.test(international)) return { ok: false, problem: 'invalid' };
  if (international.length < MIN_DIGITS || international.length > MAX_DIGITS) return { ok: false, problem: 'invalid' };
  return { ok: true, e164: `+${international}` };
}
