import type { TeamStatus } from './api/team-api';
import type { Settings } from './domain/settings';

/**
 * Push events: name -> payload. Sent by the backend after a committed change. Kept apart from the
 * contract so the renderer's transport checks event names without building every method's schema
 * at startup.
 */
export interface EventMap {
  'clients.changed': { id: string; change: 'created' | 'updated' | 'deleted' };
  'settings.changed': Settings;
  'templates.changed': { id: string };
  'audits.changed': { id: string; clientId: string };
  'actions.changed': { id: string; clientId: string };
  'team.changed': TeamStatus;
  'calibration.changed': { id: string };
}
export type EventName = keyof EventMap;
export const EVENT_NAMES: readonly EventName[] = [
  'clients.changed',
  'settings.changed',
  'templates.changed',
  'audits.changed',
  'actions.changed',
  'team.changed',
  'calibration.changed',
];

export const isEventName = (name: unknown): name is EventName =>
  typeof name === 'string' && (EVENT_NAMES as readonly string[]).includes(name);
