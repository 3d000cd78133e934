import { z } from 'zod';

/** A record id as every API method takes it: a UUID (records travel between machines). */
export const id = z.uuid();
