import type { VisitInfo } from '../domain/visit';

/**
 * What a photo's EXIF said about its making, read once when it was attached. `at` is an instant:
 * exact when the camera wrote its UTC offset, else the camera's wall clock read in the laptop's
 * zone (`offsetKnown: false`, said so on screen).
 */
export interface CaptureFacts {
  at: string | null;
  /** The camera's own wall-clock text, as written ("2026-11-20 10:02:11"). */
  localTime: string | null;
  offsetKnown: boolean;
  lat: number | null;
  lon: number | null;
  /** Make and model of the camera or phone. */
  device: string | null;
}

/** A photo attached before capture facts were read (null) is not the same as one that carried none. */
export type CaptureState =
  { kind: 'unread' } | { kind: 'none' } | { kind: 'read'; facts: CaptureFacts; outsideVisit: boolean };

/** Minutes of slack around the visit: a photo of the shop front taken just before entering is fine. */
export const CAPTURE_VISIT_SLACK_MINUTES = 15;

/** Is the capture instant outside the visit's start and end (with the slack)? False when either is unknown. */
export function captureOutsideVisit(at: string | null, visit: Pick<VisitInfo, 'startedAt' | 'endedAt'>): boolean {
  if (!at || !visit.startedAt || !visit.endedAt) return false;
  const t = Date.parse(at);
  const slack = CAPTURE_VISIT_SLACK_MINUTES * 60_000;
  return t < Date.parse(visit.startedAt) - slack || t > Date.parse(visit.endedAt) + slack;
}

export function captureState(
  facts: CaptureFacts | null,
  visit: Pick<VisitInfo, 'startedAt' | 'endedAt'>,
): CaptureState {
  if (facts === null) return { kind: 'unread' };
  if (!facts.at && facts.lat === null && !facts.device) return { kind: 'none' };
  return { kind: 'read', facts, outsideVisit: captureOutsideVisit(facts.at, visit) };
}
