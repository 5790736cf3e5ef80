const SEPARATOR = '@';

/**
 * Every benefit on the technical card has its own forms, and an input id must be unique within a card, so each
 * form's inputs carry the id of their benefit.
 */
export function benefitInputId(field: string, benefitId: string): string {
  return `${field}${SEPARATOR}${benefitId}`;
}

/**
 * A submitted form's inputs under their plain names. Anything else is passed on as sent, so the use case's strict
 * schema judges a forged or stray field rather than this function dropping it.
 */
export function formInputsOf(payload: Record<string, unknown>): Record<string, unknown> {
  const { benefitId } = payload;
  if (typeof benefitId !== 'string') return payload;
  const suffix = `${SEPARATOR}${benefitId}`;
  return Object.fromEntries(
    Object.entries(payload).map(([key, value]) => [key.endsWith(suffix) ? key.slice(0, -suffix.length) : key, value]),
  );
}
