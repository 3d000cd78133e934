import type { EventMap, EventName } from '../../shared/contract';
import type { TemplateDefinition } from '../../shared/domain/template';
import type { Db } from './db/open-database';
import type { PhotoDerivations } from './evidence/photo-derivations-port';

/** What every use case receives besides its validated input. */
export interface BackendContext {
  db: Db;
  dataDir: string;
  host: 'desktop' | 'web';
  version: string;
  schemaVersion: number;
  emit<E extends EventName>(event: E, payload: EventMap[E]): void;
  now(): Date;
  newId(): string;
  /** Template versions are immutable, so their parsed definitions are kept by id. */
  versionCache: Map<string, TemplateDefinition>;
  /** A verified backup of the live file before a risky write (an import); resolves when it is on disk. */
  backupBefore(reason: 'before-import'): Promise<void>;
  /** Display copies and thumbnails an import left to the background job; deriveNow for a viewer who cannot wait. */
  photos: PhotoDerivations;
}
