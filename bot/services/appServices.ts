import { DEFAULT_RETENTION, type Retention } from '../domain/retention';
import { BenefitRepository } from '../store/benefitRepository';
import { DirectoryRepository } from '../store/directoryRepository';
import { NotificationSettingsStore } from '../store/notificationSettingsStore';
import { OutboxReport } from '../store/outboxReport';
import { PreferenceRepository } from '../store/preferenceRepository';
import { RequestRepository } from '../store/requestRepository';
import { TenantRepository } from '../store/tenantRepository';
import type { TenantDocuments } from '../store/tenantDocuments';
import { ActionPackSubscription } from './actionPackSubscription';
import { AuditLog } from './auditLog';
import { BenefitAssignments } from './benefitAssignments';
import { BenefitInventory } from './benefitInventory';
import { BenefitQueries } from './benefitQueries';
import { CloudActivation } from './cloudActivation';
import { SoftwareKeys } from './softwareKeys';
import { CancellationClaims } from './cancellationClaims';
import { Cancellations } from './cancellations';
import { DirectoryService } from './directoryService';
import { GoToMarketOffers } from './goToMarketOffers';
import { LanguagePreferences } from './languagePreferences';
import { MarketingContacts } from './marketingContact';
import { NotificationAdmin } from './notificationAdmin';
import { NotificationTrigger } from './notificationTrigger';
import { ServiceRequestTracking } from './requests';
import { MicrosoftTickets } from './microsoftTickets';
import { MyAssignments } from './myAssignments';
import { PeopleSearch } from './peopleSearch';
import { ServiceRequests } from './serviceRequests';
import { TechnicalBenefits } from './technicalBenefits';

/** The use cases the conversations call; each one checks the caller itself. */
export interface AppServices {
  notifications: NotificationAdmin;
  /** Use cases call `kick(tenantId)` after a change, so notifications about it go out now rather than at the next pass. */
  notificationTrigger: NotificationTrigger;
  directory: DirectoryService;
  queries: BenefitQueries;
  people: PeopleSearch;
  cancellations: Cancellations;
  requests: ServiceRequestTracking;
  microsoftTickets: MicrosoftTickets;
  actionPack: ActionPackSubscription;
  assignments: BenefitAssignments;
  inventory: BenefitInventory;
  myAssignments: MyAssignments;
  software: SoftwareKeys;
  cloud: CloudActivation;
  technical: TechnicalBenefits;
  marketingContacts: MarketingContacts;
  offers: GoToMarketOffers;
  languages: LanguagePreferences;
}

export function createServices(documents: TenantDocuments, retention: Retention = DEFAULT_RETENTION): AppServices {
  const directory = new DirectoryService(new DirectoryRepository(documents));
  const benefits = new BenefitRepository(documents);
  const requests = new RequestRepository(documents);
  const tenants = new TenantRepository(documents);
  const notificationTrigger = new NotificationTrigger();
  // Every applied change is audited, so the audit is where notifications hear that a company changed.
  const audit = new AuditLog(documents, {
    onApplied: (tenantId) => notificationTrigger.kick(tenantId),
    retentionDays: retention.auditDays,
  });
  const queries = new BenefitQueries({ benefits, directory });
  const serviceRequests = new ServiceRequests({ directory, audit, requests });
  return {
    notifications: new NotificationAdmin({
      directory,
      audit,
      settings: new NotificationSettingsStore(documents),
      report: new OutboxReport(documents),
      trigger: notificationTrigger,
    }),
    notificationTrigger,
    directory,
    queries,
    people: new PeopleSearch({ directory }),
    cancellations: new Cancellations({
      benefits,
      directory,
      audit,
      requests,
      serviceRequests,
      claims: new CancellationClaims({ tenants, requests }),
    }),
    requests: new ServiceRequestTracking({ benefits, directory, audit, requests }),
    microsoftTickets: new MicrosoftTickets({ directory, audit, requests }),
    actionPack: new ActionPackSubscription({ directory, audit, tenants }),
    assignments: new BenefitAssignments({ benefits, directory, audit }),
    inventory: new BenefitInventory(queries),
    myAssignments: new MyAssignments({ benefits, directory }),
    technical: new TechnicalBenefits({ benefits, directory, audit, serviceRequests }),
    software: new SoftwareKeys({ benefits, directory, audit, queries }),
    cloud: new CloudActivation({ benefits, directory, audit, queries }),
    marketingContacts: new MarketingContacts({ directory, audit, tenants }),
    offers: new GoToMarketOffers({ benefits, directory, audit, tenants }),
    languages: new LanguagePreferences({ preferences: new PreferenceRepository(documents), audit }),
  };
}
