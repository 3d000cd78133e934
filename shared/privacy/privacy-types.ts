/** Whether the staff of the client were told that mystery shopping takes place (recorded in the report). */
export type StaffInformed = 'yes' | 'no';

export interface ClientPrivacy {
  clientId: string;
  /** null: not recorded yet. */
  staffInformed: StaffInformed | null;
  staffInformedOn: string | null;
  staffInformedNote: string;
  /** Months after a visit's date when its shopper's identity, free text and photos are purged; null keeps them. */
  retentionMonths: number | null;
  updatedAt: string | null;
}

/** One visit a purge or an erasure would touch, and what it holds that would go. */
export interface PurgeVisit {
  auditId: string;
  clientId: string;
  clientName: string;
  title: string;
  date: string;
  site: string;
  shopper: string;
  texts: number;
  photos: number;
}

export interface PurgePlan {
  /** 'retention': a client's visits past its retention; 'shopper': everything about one shopper. */
  kind: 'retention' | 'shopper';
  clientId: string | null;
  shopper: string | null;
  /** For retention: visits dated before this day go. */
  cutoff: string | null;
  visits: PurgeVisit[];
  totals: { visits: number; shopperNames: number; texts: number; photos: number };
  /** Names exactly this plan: the purge refuses to run when the data no longer gives the same plan. */
  token: string;
}

export interface PurgeResult {
  kind: PurgePlan['kind'];
  totals: PurgePlan['totals'];
  logId: string;
}

export interface PrivacyLogEntry {
  id: string;
  kind: 'retention-purge' | 'shopper-erasure' | 'shopper-export' | 'policy-changed';
  clientId: string | null;
  /** Counts only: the log must not keep what was purged. */
  summary: { visits?: number; texts?: number; photos?: number; shopperNames?: number; cutoff?: string | null };
  actor: string;
  at: string;
}

export interface ShopperSummary {
  shopper: string;
  visits: number;
  clients: number;
}

export interface ShopperExport {
  fileName: string;
  json: string;
}
