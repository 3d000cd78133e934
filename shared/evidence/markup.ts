import { z } from 'zod';
import { requiredLine } from '../rules/text';

/**
 * Photo markup as vector shapes, stored apart from the photo and drawn on a derived copy. Positions
 * and sizes are fractions of the upright image (0..1), so the same shapes fit the screen's display
 * copy and the full-size original alike.
 */
export const MARKUP_MAX_SHAPES = 80;
export const MARKUP_LABEL_MAX = 60;
export const MARKUP_COLORS = ['red', 'yellow', 'blue'] as const;
export const MARKUP_COLOR_HEX: Record<(typeof MARKUP_COLORS)[number], string> = {
  red: '#e02424',
  yellow: '#f5c400',
  blue: '#1c64f2',
};
/** Redaction: solid paints the box black; blur pixelates it beyond recognition, then blurs the cells. */
export const REDACTION_STYLES = ['solid', 'blur'] as const;
export type RedactionStyle = (typeof REDACTION_STYLES)[number];

const unit = z.number().finite().min(0).max(1);
const size = z.number().finite().min(0.005).max(1);
const color = z.enum(MARKUP_COLORS);

export const markupShapeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('arrow'), x1: unit, y1: unit, x2: unit, y2: unit, color }).strict(),
  z.object({ kind: z.literal('circle'), x: unit, y: unit, w: size, h: size, color }).strict(),
  z.object({ kind: z.literal('rect'), x: unit, y: unit, w: size, h: size, color }).strict(),
  z
    .object({
      kind: z.literal('text'),
      x: unit,
      y: unit,
      text: requiredLine(MARKUP_LABEL_MAX),
      color,
    })
    .strict(),
  z.object({ kind: z.literal('redact'), x: unit, y: unit, w: size, h: size, style: z.enum(REDACTION_STYLES) }).strict(),
]);
export type MarkupShape = z.infer<typeof markupShapeSchema>;
export const markupSchema = z.array(markupShapeSchema).max(MARKUP_MAX_SHAPES);

export const isRedaction = (s: MarkupShape): s is Extract<MarkupShape, { kind: 'redact' }> => s.kind === 'redact';

/**
 * The template rule "faces and name badges are redacted before completion" is met by a photo whose
 * markup was saved (a reviewer looked and boxed what needed it; an empty list means "nothing to hide").
 */
export const photoReviewedForRedaction = (markup: MarkupShape[] | null): boolean => markup !== null;

/** Photos still to be reviewed for redaction when the template requires it; none otherwise. */
export function photosAwaitingRedaction<T extends { markup: MarkupShape[] | null }>(
  required: boolean,
  photos: T[],
): T[] {
  return required ? photos.filter((p) => !photoReviewedForRedaction(p.markup)) : [];
}
