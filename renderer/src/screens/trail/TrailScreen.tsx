import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { touchpointsInScope } from '../../../../shared/domain/audit';
import { isRtl } from '../../../../shared/domain/settings';
import { useApiQuery } from '../../lib/use-api-query';
import { useAudit } from '../../stores/audit-store';
import { useRoute } from '../../stores/route-store';
import { useSettings } from '../../stores/settings-store';
import { useTrail } from '../../stores/trail-store';
import { TrailTable } from './TrailTable';
import { VerifyPanel } from './VerifyPanel';
import './trail.css';

/** The audit's trail: its chain head, Verify, and every change with who, when, old → new and why; narrowed to one criterion on demand. */
export function TrailScreen(props: { auditId: string; touchpointId?: string; criterionId?: string }) {
  const { t } = useTranslation();
  const { audit, load } = useAudit();
  const go = useRoute((s) => s.go);
  const rtl = isRtl(useSettings((s) => s.language));
  const { verification, verifying, verify } = useTrail();
  useEffect(() => {
    void load(props.auditId).catch(() => undefined);
  }, [props.auditId, load]);
  const ready = audit?.id === props.auditId ? audit : null;
  const history = useApiQuery(
    'trail.history',
    {
      auditId: props.auditId,
      ...(props.touchpointId ? { touchpointId: props.touchpointId } : {}),
      ...(props.criterionId ? { criterionId: props.criterionId } : {}),
    },
    ['audits.changed'],
  );
  const criteria = useMemo(
    () =>
      ready
        ? touchpointsInScope(ready.definition, ready.scope).flatMap(({ touchpoint }) =>
            touchpoint.criteria.map((c) => ({ tp: touchpoint, c })),
          )
        : [],
    [ready],
  );
  const mine = verification?.auditId === props.auditId ? verification : null;

  if (!ready || !history.data) return <main className="empty-state">{t('app.loading')}</main>;
  const filter = props.criterionId ? `${props.touchpointId}/${props.criterionId}` : '';
  return (
    <main className="trail-screen" data-testid="trail-screen">
      <div className="walk-bar">
        <button type="button" className="button" onClick={() => go({ name: 'audit', id: ready.id })}>
          {rtl ? '→' : '←'} {t('trail.backToWalk')}
        </button>
        <div className="walk-title">
          <strong dir="auto">{t('trail.title', { title: ready.title })}</strong>
          <span className="muted small" dir="auto">
            {ready.clientName} · {ready.site}
          </span>
        </div>
      </div>
      <VerifyPanel
        head={history.data.head}
        entries={history.data.total}
        verification={mine}
        verifying={verifying}
        onVerify={() => void verify(ready.id).catch(() => undefined)}
      />
      <div className="trail-filter">
        <label htmlFor="trail-criterion">{t('trail.showFor')}</label>
        <select
          id="trail-criterion"
          value={filter}
          data-testid="trail-criterion"
          onChange={(e) => {
            const [touchpointId, criterionId] = e.target.value.split('/');
            go(
              touchpointId && criterionId
                ? { name: 'trail', auditId: ready.id, touchpointId, criterionId }
                : { name: 'trail', auditId: ready.id },
            );
          }}
        >
          <option value="">{t('trail.wholeAudit')}</option>
          {criteria.map(({ tp, c }) => (
            <option key={`${tp.id}/${c.id}`} value={`${tp.id}/${c.id}`}>
              {tp.name} — {c.question}
            </option>
          ))}
        </select>
      </div>
      <TrailTable
        entries={history.data.entries}
        definition={ready.definition}
        badIndex={mine?.firstProblem?.entryIndex ?? null}
      />
    </main>
  );
}
