import type { z } from 'zod';
import type { privacyChangesSchema } from '../api/privacy-api';

/** What a client's privacy settings accept in one update (every field optional). */
export type PrivacyChanges = z.input<typeof privacyChangesSchema>;
