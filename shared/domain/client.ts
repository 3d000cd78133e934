import { z } from 'zod';

export const CLIENT_LIMITS = { name: 120, sector: 80, country: 80, notes: 5000, contactName: 120, contactEmail: 200, contactPhone: 40 } as const;

const text = (max: number) => z.string().trim().max(max);

/** Everything a user types about a client; names are trimmed and must not be blank. */
export const clientFieldsSchema = z.object({
  name: z.string().trim().min(1).max(CLIENT_LIMITS.name),
  sector: text(CLIENT_LIMITS.sector).default(''),
  country: text(CLIENT_LIMITS.country).default(''),
  notes: text(CLIENT_LIMITS.notes).default(''),
  contactName: text(CLIENT_LIMITS.contactName).default(''),
  contactEmail: z.union([z.literal(''), z.email().max(CLIENT_LIMITS.contactEmail)]).default(''),
  contactPhone: text(CLIENT_LIMITS.contactPhone).default(''),
});
export type ClientFields = z.output<typeof clientFieldsSchema>;
export type ClientFieldsInput = z.input<typeof clientFieldsSchema>;

export const clientIdSchema = z.uuid();

export interface Client extends ClientFields {
  id: string;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}
