import { InitialSchema1764384000000 } from './1764384000000-InitialSchema.js';
import { PlatformExportFacts1764388000000 } from './1764388000000-PlatformExportFacts.js';
import { ImportCoverageAndClaims1764392000000 } from './1764392000000-ImportCoverageAndClaims.js';
import { ImportAttempts1764396000000 } from './1764396000000-ImportAttempts.js';
import { ImportErrorRowImported1764400000000 } from './1764400000000-ImportErrorRowImported.js';
import { ObjectiveKind1764404000000 } from './1764404000000-ObjectiveKind.js';
import { OrganicCost1764408000000 } from './1764408000000-OrganicCost.js';
import { PaidRollups1764416000000 } from './1764416000000-PaidRollups.js';
import { WorkspacesKeysAudit1764420000000 } from './1764420000000-WorkspacesKeysAudit.js';
import { WebhookSources1764428000000 } from './1764428000000-WebhookSources.js';
import { ImportStaging1764432000000 } from './1764432000000-ImportStaging.js';
import { RollupRefreshInOneStep1764436000000 } from './1764436000000-RollupRefreshInOneStep.js';
import { BigintSum1764440000000 } from './1764440000000-BigintSum.js';
import { CampaignMonthlyRollup1764444000000 } from './1764444000000-CampaignMonthlyRollup.js';
import { FactsReferenceTheirAccount1764448000000 } from './1764448000000-FactsReferenceTheirAccount.js';
import { RollupRefreshByDay1764452000000 } from './1764452000000-RollupRefreshByDay.js';

/** Every migration, oldest first. TypeORM runs the ones a database has not seen yet. */
export const migrations = [
  InitialSchema1764384000000,
  PlatformExportFacts1764388000000,
  ImportCoverageAndClaims1764392000000,
  ImportAttempts1764396000000,
  ImportErrorRowImported1764400000000,
  ObjectiveKind1764404000000,
  OrganicCost1764408000000,
  PaidRollups1764416000000,
  WorkspacesKeysAudit1764420000000,
  WebhookSources1764428000000,
  ImportStaging1764432000000,
  RollupRefreshInOneStep1764436000000,
  BigintSum1764440000000,
  CampaignMonthlyRollup1764444000000,
  FactsReferenceTheirAccount1764448000000,
  RollupRefreshByDay1764452000000,
];
