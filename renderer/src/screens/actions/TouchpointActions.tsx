import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isOverdue, localIsoDate, type Action } from '../../../../shared/domain/action';
import type { AuditDetail, TouchpointRecord } from '../../../../shared/domain/audit';
import { useActions } from '../../stores/actions-store';
import { useRoute } from '../../stores/route-store';
import { formatDueDate, titleFromFinding } from './action-format';
import { ActionDialog, type ActionPrefill } from './ActionDialog';
import { OverdueIcon } from './ActionIcons';
import './actions.css';

const EMPTY: Action[] = [];

/**
 * The finding turned into a first draft: the title from the recommendation's first line (or the pain
 * points' when there is no recommendation), the rest of it as details, with the pain points it answers.
 */
function prefillFrom(
  audit: AuditDetail,
  touchpointId: string,
  record: TouchpointRecord | undefined,
  painPointsLabel: string,
): ActionPrefill {
  const recommendation = record?.recommendation.trim() ?? '';
  const painPoints = record?.painPoints.trim() ?? '';
  const source = recommendation || painPoints;
  const title = titleFromFinding(source);
  const lines = source.split(/\r?\n/);
  const first = lines.findIndex((l) => l.trim() !== '');
  const rest = title.endsWith('…')
    ? source
    : lines
        .slice(first + 1)
        .join('\n')
        .trim();
  const detail = [rest, recommendation && painPoints ? `${painPointsLabel}: ${painPoints}` : '']
    .filter(Boolean)
    .join('\n\n');
  return { title, detail, auditId: audit.id, touchpointId };
}

/**
 * In the walk, under the touchpoint's observations: "Add action" and what is already planned here,
 * across the client's audits (the touchpoint key is the same in a re-audit).
 */
export function TouchpointActions({
  audit,
  touchpointId,
  record,
}: {
  audit: AuditDetail;
  touchpointId: string;
  record: TouchpointRecord | undefined;
}) {
  const { t, i18n } = useTranslation();
  const all = useActions((s) => s.byClient[audit.clientId] ?? EMPTY);
  const loadClient = useActions((s) => s.loadClient);
  const go = useRoute((s) => s.go);
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState<Action | null>(null);
  const [prefill, setPrefill] = useState<ActionPrefill | undefined>(undefined);
  const today = localIsoDate(new Date());

  // Once per client: the store keeps a loaded plan fresh through its change events, and the walk mounts
  // this panel again at every touchpoint.
  useEffect(() => {
    if (!useActions.getState().byClient[audit.clientId]) void loadClient(audit.clientId).catch(() => undefined);
  }, [audit.clientId, loadClient]);

  const here = useMemo(() => all.filter((a) => a.touchpointId === touchpointId), [all, touchpointId]);

  // Enter and Space on these buttons are theirs: the walk would otherwise take Enter for "open the note".
  const keepKeys = (e: KeyboardEvent) => {
    if ((e.key === 'Enter' || e.key === ' ') && (e.target as HTMLElement).closest('button')) e.stopPropagation();
  };

  return (
    <section
      className="touchpoint-actions"
      aria-labelledby={`tp-actions-${touchpointId}`}
      onKeyDown={keepKeys}
      data-testid="touchpoint-actions"
    >
      <div className="touchpoint-actions-head">
        <h3 id={`tp-actions-${touchpointId}`}>{t('actions.panel.title')}</h3>
        <button
          type="button"
          className="button tpl-btn-small"
          onClick={() => {
            setPrefill(prefillFrom(audit, touchpointId, record, t('walk.painPoints')));
            setOpen(true);
          }}
          data-testid="add-action"
        >
          + {t('actions.panel.add')}
        </button>
      </div>
      {here.length === 0 ? (
        <p className="muted small">{t('actions.panel.empty')}</p>
      ) : (
        <ul className="touchpoint-action-list" data-testid="touchpoint-action-list">
          {here.map((a) => {
            const overdue = isOverdue(a, today);
            return (
              <li key={a.id} className={overdue ? 'action-overdue' : undefined}>
                <button type="button" className="touchpoint-action" onClick={() => setEditing(a)}>
                  <span className="touchpoint-action-title" dir="auto">
                    {a.title}
                  </span>
                  <span className="touchpoint-action-meta small">
                    <span className={`status-pill action-status-pill status-${a.status}`}>
                      {t(`actions.status.${a.status}`)}
                    </span>
                    {a.dueDate ? (
                      <span className="muted">
                        {t('actions.due', { date: formatDueDate(a.dueDate, i18n.language) })}
                      </span>
                    ) : null}
                    {overdue ? (
                      <span className="overdue-flag">
                        <OverdueIcon />
                        {t('actions.overdue')}
                      </span>
                    ) : null}
                    {a.auditId !== audit.id ? (
                      <span className="muted" dir="auto">
                        {a.auditTitle
                          ? t('actions.panel.fromAudit', { audit: a.auditTitle })
                          : t('actions.panel.fromElsewhere')}
                      </span>
                    ) : null}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <button
        type="button"
        className="tpl-link-btn small touchpoint-actions-plan"
        onClick={() => go({ name: 'actions', clientId: audit.clientId })}
      >
        {t('actions.panel.openPlan')}
      </button>
      <ActionDialog open={open} onOpenChange={setOpen} clientId={audit.clientId} prefill={prefill} />
      <ActionDialog
        open={editing !== null}
        onOpenChange={(o) => !o && setEditing(null)}
        clientId={audit.clientId}
        action={editing}
      />
    </section>
  );
}
