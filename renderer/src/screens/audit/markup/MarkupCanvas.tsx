import Konva from 'konva';
import { useEffect, useRef, useState } from 'react';
import { Arrow, Ellipse, Image as KImage, Layer, Rect, Stage, Text } from 'react-konva';
import { MARKUP_COLOR_HEX, type MarkupShape } from '../../../../../shared/evidence/markup';
import { nudge, shapeFromDrag, type MarkupColor, type MarkupTool } from './use-markup-draft';

interface Props {
  image: HTMLImageElement;
  width: number;
  height: number;
  shapes: MarkupShape[];
  selected: number | null;
  tool: MarkupTool;
  color: MarkupColor;
  label: string;
  onAdd(shape: MarkupShape): void;
  onChange(index: number, shape: MarkupShape): void;
  onSelect(index: number | null): void;
}

/** A blurred box previewed as the backend will draw it: the photo under it pixelated. */
function BlurPreview({
  image,
  s,
  W,
  H,
}: {
  image: HTMLImageElement;
  s: { x: number; y: number; w: number; h: number };
  W: number;
  H: number;
}) {
  const ref = useRef<Konva.Image>(null);
  useEffect(() => {
    ref.current?.cache();
  }, [image, s.x, s.y, s.w, s.h, W, H]);
  return (
    <KImage
      ref={ref}
      image={image}
      x={s.x * W}
      y={s.y * H}
      width={s.w * W}
      height={s.h * H}
      crop={{
        x: s.x * image.naturalWidth,
        y: s.y * image.naturalHeight,
        width: s.w * image.naturalWidth,
        height: s.h * image.naturalHeight,
      }}
      filters={[Konva.Filters.Pixelate]}
      pixelSize={Math.max(4, Math.round(Math.min(s.w * W, s.h * H) / 6))}
      listening={false}
    />
  );
}

/** The photo and its shapes on a Konva stage: drag to draw with the tool, click to select, drag to move. */
export function MarkupCanvas(p: Props) {
  const { width: W, height: H } = p;
  const [drag, setDrag] = useState<{ x1: number; y1: number; x2: number; y2: number } | null>(null);
  const point = (e: Konva.KonvaEventObject<PointerEvent>) => {
    const pos = e.target.getStage()!.getPointerPosition()!;
    return { x: pos.x / W, y: pos.y / H };
  };
  const drawing = p.tool !== 'select' && p.tool !== 'text';
  const preview = drag ? shapeFromDrag(p.tool, p.color, drag.x1, drag.y1, drag.x2, drag.y2) : null;

  /** Where Konva placed the node before the drag, in pixels: shapes are positioned by their own anchor. */
  const anchor = (s: MarkupShape) =>
    s.kind === 'arrow'
      ? { x: 0, y: 0 }
      : s.kind === 'circle'
        ? { x: (s.x + s.w / 2) * W, y: (s.y + s.h / 2) * H }
        : { x: s.x * W, y: s.y * H };
  const moved = (i: number, s: MarkupShape) => (e: Konva.KonvaEventObject<DragEvent>) => {
    const from = anchor(s);
    const node = e.target;
    const next = nudge(s, (node.x() - from.x) / W, (node.y() - from.y) / H, false);
    node.position(anchor(next));
    p.onChange(i, next);
  };

  const render = (s: MarkupShape, i: number | null) => {
    const chosen = i !== null && i === p.selected;
    const common = {
      key: i ?? 'preview',
      // Shapes are drawn in a group offset by the drag; the model keeps fractions.
      draggable: chosen && p.tool === 'select',
      onClick: () => (p.tool === 'select' && i !== null ? p.onSelect(i) : undefined),
      onTap: () => (p.tool === 'select' && i !== null ? p.onSelect(i) : undefined),
      onDragEnd: i !== null ? moved(i, s) : undefined,
      shadowColor: chosen ? '#ffffff' : undefined,
      shadowBlur: chosen ? 8 : 0,
    };
    switch (s.kind) {
      case 'redact':
        return s.style === 'solid' ? (
          <Rect
            {...common}
            x={s.x * W}
            y={s.y * H}
            width={s.w * W}
            height={s.h * H}
            fill="#000"
            stroke={chosen ? '#fff' : undefined}
          />
        ) : (
          <Rect
            {...common}
            x={s.x * W}
            y={s.y * H}
            width={s.w * W}
            height={s.h * H}
            stroke={chosen ? '#fff' : '#9ca3af'}
            dash={[6, 4]}
            strokeWidth={2}
            fill="rgba(0,0,0,0.01)"
          />
        );
      case 'rect':
        return (
          <Rect
            {...common}
            x={s.x * W}
            y={s.y * H}
            width={s.w * W}
            height={s.h * H}
            stroke={MARKUP_COLOR_HEX[s.color]}
            strokeWidth={3}
          />
        );
      case 'circle':
        return (
          <Ellipse
            {...common}
            x={(s.x + s.w / 2) * W}
            y={(s.y + s.h / 2) * H}
            radiusX={(s.w / 2) * W}
            radiusY={(s.h / 2) * H}
            stroke={MARKUP_COLOR_HEX[s.color]}
            strokeWidth={3}
          />
        );
      case 'arrow':
        return (
          <Arrow
            {...common}
            points={[s.x1 * W, s.y1 * H, s.x2 * W, s.y2 * H]}
            stroke={MARKUP_COLOR_HEX[s.color]}
            fill={MARKUP_COLOR_HEX[s.color]}
            strokeWidth={3}
            pointerLength={12}
            pointerWidth={12}
            hitStrokeWidth={14}
          />
        );
      case 'text':
        return (
          <Text
            {...common}
            x={s.x * W}
            y={s.y * H}
            text={s.text}
            fontSize={Math.max(14, Math.round(Math.min(W, H) / 24))}
            fontStyle="bold"
            fill={MARKUP_COLOR_HEX[s.color]}
            stroke="#000"
            strokeWidth={0.8}
          />
        );
    }
  };

  return (
    <Stage
      width={W}
      height={H}
      className="markup-stage"
      onPointerDown={(e) => {
        const at = point(e);
        if (p.tool === 'select') {
          if (e.target === e.target.getStage() || e.target.getClassName() === 'Image') p.onSelect(null);
          return;
        }
        if (p.tool === 'text') {
          if (p.label.trim()) p.onAdd({ kind: 'text', x: at.x, y: at.y, text: p.label.trim(), color: p.color });
          return;
        }
        setDrag({ x1: at.x, y1: at.y, x2: at.x, y2: at.y });
      }}
      onPointerMove={(e) => {
        if (drag && drawing) {
          const at = point(e);
          setDrag({ ...drag, x2: at.x, y2: at.y });
        }
      }}
      onPointerUp={() => {
        if (drag && preview && (Math.abs(drag.x2 - drag.x1) > 0.005 || Math.abs(drag.y2 - drag.y1) > 0.005))
          p.onAdd(preview);
        setDrag(null);
      }}
    >
      <Layer>
        <KImage image={p.image} width={W} height={H} />
        {p.shapes.map((s) =>
          s.kind === 'redact' && s.style === 'blur' ? (
            <BlurPreview key={`b${JSON.stringify(s)}`} image={p.image} s={s} W={W} H={H} />
          ) : null,
        )}
        {p.shapes.map((s, i) => render(s, i))}
        {preview ? render(preview, null) : null}
      </Layer>
    </Stage>
  );
}
