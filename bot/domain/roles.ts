import { z } from 'zod';

export const PartnerCenterRole = z.enum(['globalAdmin', 'userAdmin', 'adminAgent', 'mpnPartnerAdmin']);
export type PartnerCenterRole = z.infer<typeof PartnerCenterRole>;
