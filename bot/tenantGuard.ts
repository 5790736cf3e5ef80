import type { Middleware, TurnContext } from 'botbuilder';
import { resolveLocale, translatorFor } from './i18n';
import type { Logger } from './logger';
import { tenantIdOf } from './domain/conversation';

/**
 * With an allow-list configured, activities from any other tenant (or none) end here: no store read, no data,
 * only a short notice for messages so a person is not left guessing.
 */
export function tenantGuard(allowedTenants: readonly string[], logger: Logger): Middleware {
  const allowed = new Set(allowedTenants.map((tenant) => tenant.toLowerCase()));
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      if (allowed.size === 0) return next();
      const tenantId = tenantIdOf(context.activity)?.toLowerCase();
      if (tenantId && allowed.has(tenantId)) return next();
      logger.warn('activity from a tenant outside the allow-list', {
        tenantId: tenantId ?? null,
        activityId: context.activity.id,
        activityType: context.activity.type,
      });
      if (context.activity.type === 'message') {
        await context.sendActivity(translatorFor(resolveLocale(context.activity.locale))('access.tenantNotAllowed'));
      }
    },
  };
}
