import * as Dialog from '@radix-ui/react-dialog';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import SignaturePad from 'signature_pad';
import type { AuditDetail } from '../../../../shared/domain/audit';
import { SIGNOFF_TEXT_MAX } from '../../../../shared/evidence/sign-off';
import { apiErrorOf, describeError } from '../../lib/field-errors';
import { dateFormat } from '../../lib/formatters';
import { useSignOff } from '../../stores/sign-off-store';
import './markup/markup.css';

/** A drawing surface for the signature; the pad is sized to the device's pixels so strokes stay sharp. */
function useSignaturePad(open: boolean) {
  const canvas = useRef<HTMLCanvasElement | null>(null);
  const pad = useRef<SignaturePad | null>(null);
  useEffect(() => {
    if (!open) return;
    // The dialog's content mounts after this effect's first run: wait one frame for the canvas.
    const frame = requestAnimationFrame(() => {
      const c = canvas.current;
      if (!c) return;
      const ratio = Math.max(window.devicePixelRatio || 1, 1);
      c.width = c.offsetWidth * ratio;
      c.height = c.offsetHeight * ratio;
      c.getContext('2d')!.scale(ratio, ratio);
      pad.current = new SignaturePad(c, { penColor: '#111827', backgroundColor: 'rgb(255,255,255)' });
    });
    return () => {
      cancelAnimationFrame(frame);
      pad.current?.off();
      pad.current = null;
    };
  }, [open]);
  return { canvas, pad };
}

/** On a completed audit: the client's signature (or the button to give it); on a reopened one, the signature it lost. */
export function SignOffPanel({ audit }: { audit: AuditDetail }) {
  const { t, i18n } = useTranslation();
  const state = useSignOff((s) => s.byAudit[audit.id]);
  const load = useSignOff((s) => s.load);
  const sign = useSignOff((s) => s.sign);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { canvas, pad } = useSignaturePad(open);
  const when = (iso: string) =>
    `\u2068${dateFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso))}\u2069`;

  useEffect(() => {
    void load(audit.id).catch(() => undefined);
  }, [audit.id, audit.status, load]);

  if (!state) return null;
  const complete = audit.status === 'complete';
  if (!complete && !state.lost) return null;

  const submit = () => {
    if (!pad.current || pad.current.isEmpty()) {
      setError(t('evidence.signoff.empty'));
      return;
    }
    setBusy(true);
    setError(null);
    sign(audit.id, name, role, pad.current.toDataURL('image/png'))
      .then(() => setOpen(false))
      .catch((e: unknown) => setError(describeError(t, apiErrorOf(e))))
      .finally(() => setBusy(false));
  };

  return (
    <section className="signoff-bar" data-testid="signoff">
      {complete && state.current ? (
        <p className="signoff-signed" role="status">
          <img src={state.current.signaturePng} alt="" className="signoff-thumb" />
          {t('evidence.signoff.signedBy', {
            name: `\u2068${state.current.name}\u2069`,
            role: `\u2068${state.current.role}\u2069`,
            at: when(state.current.signedAt),
          })}
        </p>
      ) : null}
      {!state.current && state.lost ? (
        <p className="capture-flag" role="status" data-testid="signoff-lost">
          {t('evidence.signoff.lost', {
            name: `\u2068${state.lost.name}\u2069`,
            role: `\u2068${state.lost.role}\u2069`,
            signedAt: when(state.lost.signedAt),
            lostAt: when(state.lost.lostAt),
          })}
        </p>
      ) : null}
      {complete && !state.current ? (
        <button
          type="button"
          className="button button-primary"
          onClick={() => setOpen(true)}
          data-testid="signoff-open"
        >
          {t('evidence.signoff.open')}
        </button>
      ) : null}
      <Dialog.Root open={open} onOpenChange={setOpen}>
        <Dialog.Portal>
          <Dialog.Overlay className="dialog-overlay" />
          <Dialog.Content className="dialog" data-testid="signoff-dialog">
            <Dialog.Title className="dialog-title">{t('evidence.signoff.title')}</Dialog.Title>
            <Dialog.Description className="dialog-body">{t('evidence.signoff.body')}</Dialog.Description>
            <label className="field">
              <span>{t('evidence.signoff.name')}</span>
              <input dir="auto" maxLength={SIGNOFF_TEXT_MAX} value={name} onChange={(e) => setName(e.target.value)} />
            </label>
            <label className="field">
              <span>{t('evidence.signoff.role')}</span>
              <input dir="auto" maxLength={SIGNOFF_TEXT_MAX} value={role} onChange={(e) => setRole(e.target.value)} />
            </label>
            <p className="field-label">{t('evidence.signoff.pad')}</p>
            <canvas
              ref={canvas}
              className="signature-pad"
              aria-label={t('evidence.signoff.pad')}
              data-testid="signature-pad"
            />
            {error ? (
              <p className="field-error" role="alert">
                {error}
              </p>
            ) : null}
            <div className="dialog-actions">
              <button type="button" className="button" onClick={() => pad.current?.clear()}>
                {t('evidence.signoff.clear')}
              </button>
              <Dialog.Close className="button">{t('evidence.signoff.cancel')}</Dialog.Close>
              <button
                type="button"
                className="button button-primary"
                disabled={busy || !name.trim() || !role.trim()}
                onClick={submit}
              >
                {busy ? t('evidence.signoff.saving') : t('evidence.signoff.save')}
              </button>
            </div>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </section>
  );
}
