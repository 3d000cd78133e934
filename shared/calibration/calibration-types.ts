import type { AnswerValue } from '../domain/audit';
import type { TemplateDefinition } from '../domain/template';
import type { CalibrationSummary, ConsensusAnswer } from './calibration-summary';
import type { AlphaResult } from '../stats/krippendorff-alpha';
import type { RaterRecord } from './rater-accuracy';

/**
 * A calibration session: several raters score the same scenario (one recorded visit, a shared
 * walk-through) with one template on their own laptops; their answers travel back in calibration
 * packages. The session keeps its own copy of the template's definition, so a rater's laptop
 * needs nothing but the package to take part.
 */
export interface CalibrationSession {
  id: string;
  title: string;
  scenario: string;
  /** The template it was made from (it may not exist on a rater's laptop). */
  templateId: string;
  templateName: string;
  definition: TemplateDefinition;
  raters: string[];
  createdAt: string;
}

export interface CalibrationSessionSummary {
  id: string;
  title: string;
  templateId: string;
  templateName: string;
  raters: string[];
  /** Raters with at least one answer. */
  answered: string[];
  /** Criteria with a consensus answer set, of those that can be compared. */
  consensus: number;
  comparable: number;
  createdAt: string;
}

export interface StoredRaterAnswer {
  rater: string;
  touchpointId: string;
  criterionId: string;
  value: AnswerValue | null;
  updatedAt: string;
}

export interface CalibrationSessionView {
  session: CalibrationSession;
  answers: StoredRaterAnswer[];
  consensus: ConsensusAnswer[];
  summary: CalibrationSummary;
}

export interface CalibrationOverview {
  sessions: CalibrationSessionSummary[];
  /** Each rater's accuracy against consensus over every session, lowest first. */
  raters: RaterRecord[];
}

/** What a wave shows of calibration: its shoppers' accuracy over sessions, and the sessions on its templates. */
export interface WaveCalibration {
  /** Shoppers of the wave who took part in a calibration session with a consensus, by their name in the visits. */
  shoppers: RaterRecord[];
  /** Sessions with the template(s) of the wave's visits, newest first, with their agreement. */
  sessions: {
    id: string;
    title: string;
    createdAt: string;
    raters: number;
    nominal: AlphaResult | null;
    interval: AlphaResult | null;
  }[];
}
