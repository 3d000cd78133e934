import * as Dialog from '@radix-ui/react-dialog';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_MAX_BYTES } from '../../../../shared/api/audits-api';
import type { AuditDetail, EvidenceItem } from '../../../../shared/domain/audit';
import { apiErrorOf, describeError } from '../../lib/field-errors';
import { photosAwaitingRedaction } from '../../../../shared/evidence/markup';
import { useAudit } from '../../stores/audit-store';
import { CaptureFactsView, thumbBadges } from './markup/CaptureFactsView';
import { MarkupEditor } from './markup/MarkupEditor';
import { PhotoThumb } from '../../components/PhotoThumb';

/** Photos by file picker or drag-and-drop; each is read and stored before its thumbnail shows. */
export function EvidencePanel({
  audit,
  touchpointId,
  readOnly,
}: {
  audit: AuditDetail;
  touchpointId: string;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const addEvidence = useAudit((s) => s.addEvidence);
  const removeEvidence = useAudit((s) => s.removeEvidence);
  const input = useRef<HTMLInputElement>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(0);
  const [dragging, setDragging] = useState(false);
  const [viewing, setViewing] = useState<{ item: EvidenceItem; url: string } | null>(null);
  const [marking, setMarking] = useState<EvidenceItem | null>(null);
  const items = audit.evidence.filter((e) => e.touchpointId === touchpointId);
  const awaiting = photosAwaitingRedaction(audit.definition.redactionRequired, items);

  async function add(files: FileList | File[]) {
    setErrors([]);
    for (const file of Array.from(files)) {
      if (file.size > 2 * EVIDENCE_MAX_BYTES) {
        setErrors((e) => [
          ...e,
          `${t('errors.FILE_TOO_LARGE')} (${file.name}, ${(file.size / 1024 / 1024).toFixed(0)} MB)`,
        ]);
        continue;
      }
      setBusy((n) => n + 1);
      try {
        await addEvidence(touchpointId, file);
      } catch (error) {
        const apiError = apiErrorOf(error);
        setErrors((e) => [...e, describeError(t, apiError)]);
      } finally {
        setBusy((n) => n - 1);
      }
    }
  }

  async function open(item: EvidenceItem) {
    setViewing({ item, url: await useAudit.getState().evidenceImage(item.id) });
  }

  return (
    <section
      className={`evidence${dragging ? ' dragging' : ''}`}
      aria-label={t('walk.evidence')}
      onDragOver={(e) => {
        if (readOnly) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        if (!readOnly && e.dataTransfer.files.length) void add(e.dataTransfer.files);
      }}
      data-testid="evidence"
    >
      <div className="evidence-head">
        <h3>{t('walk.evidence')}</h3>
        {!readOnly ? (
          <button type="button" className="button" onClick={() => input.current?.click()}>
            {t('walk.addPhoto')}
          </button>
        ) : null}
        <input
          ref={input}
          type="file"
          accept="image/jpeg,image/png,image/webp,image/heic,image/heif,.heic,.heif"
          multiple
          hidden
          data-testid="evidence-input"
          onChange={(e) => {
            if (e.target.files?.length) void add(e.target.files);
            e.target.value = '';
          }}
        />
      </div>
      {!readOnly ? <p className="muted small">{t('walk.dropHint')}</p> : null}
      {awaiting.length ? (
        <p className="capture-flag" role="note" data-testid="redaction-waiting">
          {t('evidence.redactionRequired', { count: awaiting.length })}
        </p>
      ) : null}
      {busy > 0 ? (
        <p className="muted small" role="status">
          {t('walk.photoSaving')}
        </p>
      ) : null}
      {errors.map((error, i) => (
        <p key={i} className="field-error" role="alert">
          {error}
        </p>
      ))}
      <ul className="thumbs">
        {items.map((item) => (
          <li key={item.id}>
            <button type="button" className="thumb" onClick={() => void open(item)} title={item.originalName}>
              <PhotoThumb item={item} alt={item.originalName} />
            </button>
            {!readOnly ? (
              <button
                type="button"
                className="thumb-remove"
                aria-label={t('walk.removePhoto', { name: item.originalName })}
                onClick={() => void removeEvidence(item.id).catch(() => undefined)}
              >
                ×
              </button>
            ) : null}
            <span className="thumb-badges">
              {thumbBadges(item, audit).map((b) => (
                <span key={b} className={`thumb-badge${b === 'redacted' ? '' : ' warn'}`} data-badge={b}>
                  {t(`evidence.badge.${b}`)}
                </span>
              ))}
            </span>
            {!readOnly ? (
              <button
                type="button"
                className="button-plain small"
                data-testid="markup-open"
                aria-label={t('evidence.markup.openFor', { name: item.originalName })}
                onClick={() => setMarking(item)}
              >
                {t('evidence.markup.open')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <Dialog.Root open={viewing !== null} onOpenChange={(o) => !o && setViewing(null)}>
        <Dialog.Portal>
          <Dialog.Overlay className="dialog-overlay" />
          <Dialog.Content className="dialog dialog-photo">
            <Dialog.Title className="dialog-title" dir="auto">
              {viewing?.item.originalName}
            </Dialog.Title>
            <Dialog.Description className="muted small">
              {viewing
                ? `${viewing.item.width} × ${viewing.item.height} · ${(viewing.item.bytes / 1024).toFixed(0)} KB`
                : ''}
            </Dialog.Description>
            {viewing ? <img className="photo-large" src={viewing.url} alt={viewing.item.originalName} /> : null}
            {viewing ? <CaptureFactsView item={viewing.item} audit={audit} /> : null}
            {viewing?.item.redacted ? <p className="muted small">{t('evidence.redactedShown')}</p> : null}
            <div className="dialog-actions">
              {viewing && !readOnly ? (
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    setMarking(viewing.item);
                    setViewing(null);
                  }}
                >
                  {t('evidence.markup.open')}
                </button>
              ) : null}
              <Dialog.Close className="button">{t('common.close')}</Dialog.Close>
            </div>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
      {marking ? <MarkupEditor item={marking} onClose={() => setMarking(null)} /> : null}
    </section>
  );
}
