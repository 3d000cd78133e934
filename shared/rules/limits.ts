/**
 * Every limit of the domain, defined once. The API's zod schemas (shared/domain, shared/api) and the
 * package format (shared/exchange/package-format.ts) are both built from these numbers, so a
 * package can never carry what the app would not let a user type, nor the reverse.
 */
export const LIMITS = {
  /** Ids inside a template (stage, touchpoint, criterion, option, moment): short stable keys. */
  key: 64,
  client: {
    name: 120,
    sector: 80,
    country: 80,
    notes: 5000,
    contactName: 120,
    contactEmail: 200,
    contactPhone: 40,
  },
  audit: { title: 160, site: 160, persona: 160, auditor: 120, reopenReason: 1000 },
  site: { name: 160, address: 400, region: 120 },
  wave: { name: 160 },
  visit: { scenario: 2000, shopper: 120, reviewComment: 5000 },
  privacy: { staffInformedNote: 1000 },
  answer: { note: 5000 },
  /** Pain points, what worked and the recommendation of a touchpoint. */
  touchpointRecord: { text: 10_000 },
  /** The consultant's executive summary and recommendations, and a photo's caption in the report. */
  report: { text: 20_000, caption: 300 },
  action: { title: 200, detail: 5000, owner: 120 },
  /** A photo: its file name, and its pixels (width × height; a 100 KB PNG can claim 900 million). */
  evidence: { fileName: 260, pixels: 120_000_000 },
  /** A rater calibration session: its title, scenario, rater names (at most `raters` of them) and consensus notes. */
  calibration: { title: 160, scenario: 2000, rater: 120, raters: 20, note: 5000 },
  /** A template's name (its definition's own limit: templateDefinitionSchema). */
  templateName: 120,
  /** A suggested export file name (before its extension). */
  fileName: 200,
} as const;
