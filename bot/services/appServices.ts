import { BenefitRepository } from '../store/benefitRepository';
import { DirectoryRepository } from '../store/directoryRepository';
import type { TenantDocuments } from '../store/tenantDocuments';
import { AuditLog } from './auditLog';
import { BenefitAssignments } from './benefitAssignments';
import { BenefitQueries } from './benefitQueries';
import { DirectoryService } from './directoryService';

/** The use cases the conversations call; each one checks the caller itself. */
export interface AppServices {
  directory: DirectoryService;
  queries: BenefitQueries;
  assignments: BenefitAssignments;
}

export function createServices(documents: TenantDocuments): AppServices {
  const directory = new DirectoryRepository(documents);
  const benefits = new BenefitRepository(documents);
  const audit = new AuditLog(documents);
  return {
    directory: new DirectoryService(directory),
    queries: new BenefitQueries({ benefits, directory }),
    assignments: new BenefitAssignments({ benefits, directory, audit }),
  };
}
