/**
 * The background job that makes the display copies and thumbnails an import left to it (table
 * photo_derivations, migration 15): one photo at a time, oldest first, so the user's own work is not
 * slowed; the queue is in the database, so a job cut short by closing the app resumes at the next
 * open. A photo that cannot be derived is marked failed (kept for the user to see) and not tried again.
 */
export interface PhotoDerivations {
  /** Looks for pending photos and derives them in the background (at open, after an import or a restore). */
  wake(): void;
  /**
   * Derives one pending photo now, for someone waiting to see it (shares the job's work when it is on
   * it already). True when its copies exist afterwards; false when it failed (now or before).
   */
  deriveNow(sha256: string): Promise<boolean>;
  /** Settles when no photo is pending any more (only failed ones, or none). */
  idle(): Promise<void>;
  /** Stops after the photo in hand; its row stays pending for the next open. */
  stop(): void;
}
