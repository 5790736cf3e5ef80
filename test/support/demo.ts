import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DEMO_FILE = join(__dirname, '..', '..', 'examples', 'demo-tenant.json');
export const DEMO_TENANT_ID = '00000000-0000-0000-0000-0000000000001';

/** The demo users by their first name, as the README names them. */
export const DEMO_USERS = {
  alex: { aadObjectId: '00000000-0000-0000-0000-0000000000020', name: 'Alex Wilber' },
  megan: { aadObjectId: '00000000-0000-0000-0000-0000000000021', name: 'Megan Bowen' },
  lee: { aadObjectId: '00000000-0000-0000-0000-0000000000022', name: 'Lee Gu' },
  adele: { aadObjectId: '00000000-0000-0000-0000-0000000000023', name: 'Adele Vance' },
  diego: { aadObjectId: '00000000-0000-0000-0000-0000000000024', name: 'Diego Siciliani' },
  stranger: { aadObjectId: '00000000-0000-0000-0000-00000000009f', name: 'Nestor Wilke' },
} as const;
export type DemoUser = keyof typeof DEMO_USERS;

export function demoFileJson(): Record<string, unknown> {
  return JSON.parse(readFileSync(DEMO_FILE, 'utf8')) as Record<string, unknown>;
}
