import { z } from 'zod';

export type AlternateEmailCheck = 'ok' | 'invalid' | 'sameAsAccount';

const Email = z.email();

/**
 * The shape a card checks before sending (Input.Text `regex`): something@domain.tld. It is looser than the check above,
 * which still decides on the server, so it never stops an address the server would take.
 */
export const EMAIL_INPUT_PATTERN = '^\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*$';

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Support-access instructions go to both the alternate address and the Partner Center account address, so the two
 * must differ; the marketing contact's address follows the same rule.
 */
export function checkAlternateEmail(email: string, accountEmail: string): AlternateEmailCheck {
  if (!Email.safeParse(email.trim()).success) return 'invalid';
  if (normalizeEmail(email) === normalizeEmail(accountEmail)) return 'sameAsAccount';
  return 'ok';
}
