import { z } from 'zod';
import { LIMITS } from '../rules/limits';
import { lineText, proseText, requiredLine } from '../rules/text';

export const CLIENT_LIMITS = LIMITS.client;

const text = lineText;

/** Each field once, without defaults: a partial update must never fill missing fields with ''. */
const clientFieldShapes = {
  name: requiredLine(CLIENT_LIMITS.name),
  sector: text(CLIENT_LIMITS.sector),
  country: text(CLIENT_LIMITS.country),
  notes: proseText(CLIENT_LIMITS.notes),
  contactName: text(CLIENT_LIMITS.contactName),
  contactEmail: z.union([z.literal(''), z.email().max(CLIENT_LIMITS.contactEmail)]),
  contactPhone: text(CLIENT_LIMITS.contactPhone),
};

/** A new client: names are trimmed and must not be blank; the rest may be left out. */
export const clientFieldsSchema = z.object({
  name: clientFieldShapes.name,
  sector: clientFieldShapes.sector.default(''),
  country: clientFieldShapes.country.default(''),
  notes: clientFieldShapes.notes.default(''),
  contactName: clientFieldShapes.contactName.default(''),
  contactEmail: clientFieldShapes.contactEmail.default(''),
  contactPhone: clientFieldShapes.contactPhone.default(''),
});
export type ClientFields = z.output<typeof clientFieldsSchema>;
export type ClientFieldsInput = z.input<typeof clientFieldsSchema>;

/** Changes to an existing client: only the fields given are touched. */
export const clientChangesSchema = z.object(clientFieldShapes).partial();

export const clientIdSchema = z.uuid();

export interface Client extends ClientFields {
  id: string;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}
