import * as Dialog from '@radix-ui/react-dialog';
import { useEffect, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '../../../../../shared/domain/audit';
import { MARKUP_COLORS, MARKUP_LABEL_MAX } from '../../../../../shared/evidence/markup';
import { apiErrorOf, describeError } from '../../../lib/field-errors';
import { useAudit } from '../../../stores/audit-store';
import { MarkupCanvas } from './MarkupCanvas';
import { MARKUP_TOOLS, nudge, useMarkupDraft, type MarkupColor, type MarkupTool } from './use-markup-draft';
import './markup.css';

const MAX_W = 860;
const MAX_H = 560;

/** Loads the unredacted upright copy for drawing on; the saved markup is drawn on the original by the backend. */
function useEditorImage(id: string) {
  const [image, setImage] = useState<HTMLImageElement | null>(null);
  useEffect(() => {
    let live = true;
    void useAudit
      .getState()
      .evidenceImage(id, 'editor')
      .then((url) => {
        const img = new window.Image();
        img.onload = () => live && setImage(img);
        img.src = url;
      });
    return () => {
      live = false;
    };
  }, [id]);
  return image;
}

/** Markup and redaction of one photo: boxes to hide faces and name badges, and arrows, circles, boxes and labels. */
export function MarkupEditor({ item, onClose }: { item: EvidenceItem; onClose(): void }) {
  const { t } = useTranslation();
  const setMarkup = useAudit((s) => s.setMarkup);
  const image = useEditorImage(item.id);
  const draft = useMarkupDraft(item.markup);
  const [tool, setTool] = useState<MarkupTool>('redact-blur');
  const [color, setColor] = useState<MarkupColor>('red');
  const [label, setLabel] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const scale = image ? Math.min(MAX_W / image.naturalWidth, MAX_H / image.naturalHeight, 1) : 1;
  const W = image ? Math.round(image.naturalWidth * scale) : MAX_W;
  const H = image ? Math.round(image.naturalHeight * scale) : 300;

  const save = (markup: typeof draft.shapes | null) => {
    setSaving(true);
    setError(null);
    setMarkup(item.id, markup)
      .then(onClose)
      .catch((e: unknown) => setError(describeError(t, apiErrorOf(e))))
      .finally(() => setSaving(false));
  };

  // Keyboard: arrows move the selected shape, Shift+arrows resize it, Delete removes it, Ctrl+Z undoes.
  const onKey = (e: KeyboardEvent) => {
    if ((e.target as HTMLElement).tagName === 'INPUT') return;
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') {
      e.preventDefault();
      draft.undo();
      return;
    }
    const i = draft.selected;
    if (i === null) return;
    if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      draft.remove(i);
      return;
    }
    // The photo is never mirrored, so left is left in Arabic too.
    const step = 0.01;
    const d: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    };
    const move = d[e.key];
    if (!move) return;
    e.preventDefault();
    draft.replace(i, nudge(draft.shapes[i]!, move[0], move[1], e.shiftKey));
  };

  const boxes = draft.shapes.filter((s) => s.kind === 'redact').length;
  return (
    <Dialog.Root open onOpenChange={(o) => !o && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-markup" data-testid="markup-editor" onKeyDown={onKey}>
          <Dialog.Title className="dialog-title">
            {t('evidence.markup.title', { name: item.originalName })}
          </Dialog.Title>
          <Dialog.Description className="muted small">{t('evidence.markup.hint')}</Dialog.Description>
          <div className="markup-toolbar" role="toolbar" aria-label={t('evidence.markup.tools')}>
            {MARKUP_TOOLS.map((k) => (
              <button
                key={k}
                type="button"
                className={`button button-small${tool === k ? ' pressed' : ''}`}
                aria-pressed={tool === k}
                data-tool={k}
                onClick={() => setTool(k)}
              >
                {t(`evidence.markup.tool.${k}`)}
              </button>
            ))}
            <span className="markup-colors" role="radiogroup" aria-label={t('evidence.markup.color')}>
              {MARKUP_COLORS.map((c) => (
                <button
                  key={c}
                  type="button"
                  role="radio"
                  aria-checked={color === c}
                  className={`swatch swatch-${c}`}
                  title={t(`evidence.markup.colors.${c}`)}
                  aria-label={t(`evidence.markup.colors.${c}`)}
                  onClick={() => setColor(c)}
                />
              ))}
            </span>
            {tool === 'text' ? (
              <label className="markup-label">
                <span>{t('evidence.markup.labelText')}</span>
                <input
                  dir="auto"
                  maxLength={MARKUP_LABEL_MAX}
                  value={label}
                  onChange={(e) => setLabel(e.target.value)}
                />
              </label>
            ) : null}
          </div>
          <div
            className="markup-stage-wrap"
            tabIndex={0}
            aria-label={t('evidence.markup.canvas')}
            data-testid="markup-canvas"
          >
            {image ? (
              <MarkupCanvas
                image={image}
                width={W}
                height={H}
                shapes={draft.shapes}
                selected={draft.selected}
                tool={tool}
                color={color}
                label={label}
                onAdd={draft.add}
                onChange={draft.replace}
                onSelect={draft.select}
              />
            ) : (
              <p className="muted" role="status">
                {t('evidence.markup.loading')}
              </p>
            )}
          </div>
          <p className="muted small" role="status" data-testid="markup-count">
            {t('evidence.markup.count', { shapes: draft.shapes.length - boxes, boxes })}
            {draft.full ? ` ${t('evidence.markup.full')}` : ''}
          </p>
          {error ? (
            <p className="field-error" role="alert">
              {error}
            </p>
          ) : null}
          <div className="dialog-actions">
            <button type="button" className="button" disabled={!draft.canUndo} onClick={draft.undo}>
              {t('evidence.markup.undo')}
            </button>
            <button
              type="button"
              className="button"
              disabled={draft.selected === null}
              onClick={() => draft.selected !== null && draft.remove(draft.selected)}
            >
              {t('evidence.markup.removeSelected')}
            </button>
            {item.markup !== null ? (
              <button type="button" className="button button-danger" disabled={saving} onClick={() => save(null)}>
                {t('evidence.markup.clear')}
              </button>
            ) : null}
            <Dialog.Close className="button">{t('evidence.cancel')}</Dialog.Close>
            <button
              type="button"
              className="button button-primary"
              disabled={saving || !image}
              onClick={() => save(draft.shapes)}
            >
              {saving ? t('evidence.markup.saving') : t('evidence.markup.save')}
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
