import { useCallback, useState } from 'react';
import {
  MARKUP_MAX_SHAPES,
  type MarkupShape,
  type RedactionStyle,
  MARKUP_COLORS,
} from '../../../../../shared/evidence/markup';

export type MarkupTool = 'select' | 'arrow' | 'circle' | 'rect' | 'text' | 'redact-solid' | 'redact-blur';
export const MARKUP_TOOLS: MarkupTool[] = ['select', 'redact-blur', 'redact-solid', 'rect', 'circle', 'arrow', 'text'];
export type MarkupColor = (typeof MARKUP_COLORS)[number];

const clamp = (v: number) => Math.min(1, Math.max(0, v));
const MIN = 0.01;

/** A box from two corners in fractions, at least MIN on each side and inside the image. */
function box(x1: number, y1: number, x2: number, y2: number) {
  const x = clamp(Math.min(x1, x2));
  const y = clamp(Math.min(y1, y2));
  return {
    x,
    y,
    w: Math.max(MIN, Math.min(1 - x, Math.abs(x2 - x1))),
    h: Math.max(MIN, Math.min(1 - y, Math.abs(y2 - y1))),
  };
}

/** The shape a drag from (x1, y1) to (x2, y2) draws with the given tool; null for select and text. */
export function shapeFromDrag(
  tool: MarkupTool,
  color: MarkupColor,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
): MarkupShape | null {
  switch (tool) {
    case 'arrow':
      return { kind: 'arrow', x1: clamp(x1), y1: clamp(y1), x2: clamp(x2), y2: clamp(y2), color };
    case 'circle':
    case 'rect':
      return { kind: tool, ...box(x1, y1, x2, y2), color };
    case 'redact-solid':
    case 'redact-blur':
      return { kind: 'redact', ...box(x1, y1, x2, y2), style: tool.slice(7) as RedactionStyle };
    default:
      return null;
  }
}

/** Moves (or, with resize, grows) a shape by a fraction of the image, kept inside it. */
export function nudge(shape: MarkupShape, dx: number, dy: number, resize: boolean): MarkupShape {
  if (shape.kind === 'arrow')
    return resize
      ? { ...shape, x2: clamp(shape.x2 + dx), y2: clamp(shape.y2 + dy) }
      : {
          ...shape,
          x1: clamp(shape.x1 + dx),
          y1: clamp(shape.y1 + dy),
          x2: clamp(shape.x2 + dx),
          y2: clamp(shape.y2 + dy),
        };
  if (shape.kind === 'text') return { ...shape, x: clamp(shape.x + dx), y: clamp(shape.y + dy) };
  if (resize)
    return {
      ...shape,
      w: Math.max(MIN, Math.min(1 - shape.x, shape.w + dx)),
      h: Math.max(MIN, Math.min(1 - shape.y, shape.h + dy)),
    };
  return { ...shape, x: clamp(Math.min(1 - shape.w, shape.x + dx)), y: clamp(Math.min(1 - shape.h, shape.y + dy)) };
}

/** The editor's working copy of a photo's markup: shapes, the one selected, and undo of the last changes. */
export function useMarkupDraft(initial: MarkupShape[] | null) {
  const [shapes, setShapes] = useState<MarkupShape[]>(initial ?? []);
  const [history, setHistory] = useState<MarkupShape[][]>([]);
  const [selected, setSelected] = useState<number | null>(null);
  const change = useCallback((next: (current: MarkupShape[]) => MarkupShape[]) => {
    setShapes((current) => {
      setHistory((h) => [...h.slice(-49), current]);
      return next(current).slice(0, MARKUP_MAX_SHAPES);
    });
  }, []);
  return {
    shapes,
    selected,
    select: setSelected,
    add(shape: MarkupShape) {
      change((c) => [...c, shape]);
      setSelected(Math.min(shapes.length, MARKUP_MAX_SHAPES - 1));
    },
    replace(index: number, shape: MarkupShape) {
      change((c) => c.map((s, i) => (i === index ? shape : s)));
    },
    remove(index: number) {
      change((c) => c.filter((_, i) => i !== index));
      setSelected(null);
    },
    undo() {
      setHistory((h) => {
        if (h.length === 0) return h;
        setShapes(h[h.length - 1]!);
        setSelected(null);
        return h.slice(0, -1);
      });
    },
    canUndo: history.length > 0,
    full: shapes.length >= MARKUP_MAX_SHAPES,
  };
}
