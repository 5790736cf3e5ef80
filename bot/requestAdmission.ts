import type { IncomingHttpHeaders } from 'node:http';
import type { IncomingActivity } from './activitySchema';

export interface Refusal {
  status: number;
  error: string;
}

/**
 * Whether requests are authenticated (app credentials configured, the bot faces Teams) or the bot runs locally
 * without credentials, where it is reachable over loopback only.
 */
export type EdgeMode = 'authenticated' | 'local';

const LOOPBACK_HOST = /^(?:127\.0\.0\.1|localhost|\[::1\])(?::\d{1,5})?$/;

/**
 * Without credentials anything that reaches loopback is served, and a web page can reach loopback through a host
 * name it controls (DNS rebinding): such a request names that host, not loopback.
 */
export function hostRefusal(headers: IncomingHttpHeaders): Refusal | undefined {
  const host = headers.host?.trim().toLowerCase() ?? '';
  return LOOPBACK_HOST.test(host) ? undefined : { status: 403, error: 'only loopback host names are served' };
}

/** What can be decided from the headers alone, before a byte of the body is read. */
export function headerRefusal(headers: IncomingHttpHeaders, mode: EdgeMode): Refusal | undefined {
  if (mode === 'authenticated' && !/^bearer\s+\S+$/i.test(headers.authorization?.trim() ?? '')) {
    return { status: 401, error: 'a Bot Framework token is required' };
  }
  const encoding = headers['content-encoding']?.trim().toLowerCase();
  if (encoding !== undefined && encoding !== '' && encoding !== 'identity') {
    return { status: 415, error: 'compressed bodies are not accepted' };
  }
  const mediaType = headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') return { status: 415, error: 'the body must be application/json' };
  return undefined;
}

/**
 * What the bot serves of a well-formed activity. Replies go through the channel only: with `expectReplies` they would
 * come back in the HTTP response, to whoever sent the request. Facing Teams, only Teams activities are served, since
 * they alone carry a tenant the channel vouches for (in other channels the company comes from data the client sends).
 */
export function activityRefusal(activity: IncomingActivity, mode: EdgeMode): Refusal | undefined {
  if (activity.deliveryMode === 'expectReplies') {
    return { status: 400, error: 'replies are sent through the channel only' };
  }
  if (mode === 'authenticated' && (activity.channelId !== 'msteams' || !activity.conversation.tenantId?.trim())) {
    return { status: 403, error: 'only Microsoft Teams activities with a tenant are served' };
  }
  return undefined;
}
