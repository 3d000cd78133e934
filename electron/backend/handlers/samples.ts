import type { ParsedInput } from '../../../shared/contract';
import { touchpointsInScope, type AnswerValue } from '../../../shared/domain/audit';
import type { Language } from '../../../shared/domain/settings';
import type { Criterion } from '../../../shared/domain/template';
import { AppError } from '../../../shared/result';
import { refreshStaleRollups } from '../audits/rollups';
import type { BackendContext } from '../context';
import { write } from '../db/write';
import { reconcileTrail } from '../trail/reconcile';
import { TRAIL_SYSTEM_REASONS } from '../../../shared/trail/trail-types';
import { pinCurrentVersion, versionDefinition } from '../templates/template-rows';

const SAMPLE_TEXT: Record<
  Language,
  {
    client: string;
    sector: string;
    country: string;
    title: string;
    site: string;
    persona: string;
    auditor: string;
    pain: string;
    worked: string;
    rec: string;
  }
> = {
  en: {
    client: 'Sample — Northwind Home Store',
    sector: 'Home and garden retail',
    country: 'Romania',
    title: 'Baseline omnichannel audit (sample)',
    site: 'Flagship store and website',
    persona: 'First-time buyer furnishing a flat',
    auditor: 'Sample consultant',
    pain: 'Delivery fee only appears at the last checkout step.',
    worked: 'Staff offered to check stock in the nearby store.',
    rec: 'Show the delivery fee on the product page and in the basket.',
  },
  ar: {
    client: 'نموذج — متجر نورثويند للمنزل',
    sector: 'تجارة المنزل والحديقة',
    country: 'الأردن',
    title: 'تدقيق أولي متعدد القنوات (نموذج)',
    site: 'المتجر الرئيسي والموقع الإلكتروني',
    persona: 'مشترٍ لأول مرة يؤثث شقة',
    auditor: 'مستشار تجريبي',
    pain: 'رسوم التوصيل لا تظهر إلا في الخطوة الأخيرة من الدفع.',
    worked: 'عرض الموظف التحقق من المخزون في الفرع القريب.',
    rec: 'إظهار رسوم التوصيل في صفحة المنتج وفي السلة.',
  },
  ro: {
    client: 'Exemplu — Magazinul Northwind Casă',
    sector: 'Retail casă și grădină',
    country: 'România',
    title: 'Audit omnicanal inițial (exemplu)',
    site: 'Magazinul principal și site-ul',
    persona: 'Cumpărător la prima achiziție, își mobilează apartamentul',
    auditor: 'Consultant de test',
    pain: 'Taxa de livrare apare abia la ultimul pas al comenzii.',
    worked: 'Angajatul s-a oferit să verifice stocul în magazinul din apropiere.',
    rec: 'Afișați taxa de livrare pe pagina produsului și în coș.',
  },
};

/** A plausible answer for the sample: mostly good, some weak spots, a few N/A. */
function sampleAnswer(criterion: Criterion, n: number): AnswerValue {
  const r = (n * 7919) % 100;
  if (criterion.allowNa && r < 4) return { kind: 'na' };
  const s = criterion.scale;
  switch (s.type) {
    case 'yesno':
      return { kind: 'yesno', value: r >= 25 };
    case 'scale5':
      return { kind: 'scale', value: 1 + (r % 5 === 0 ? 1 : (r % 4) + 1) };
    case 'scale10':
      return { kind: 'scale', value: 3 + (r % 8) };
    case 'options':
      return { kind: 'option', optionId: s.options[r % s.options.length]!.id };
    case 'perChannel':
      return {
        kind: 'channels',
        values: Object.fromEntries(s.channels.map((c, i) => [c, i === 1 && r < 50 ? '10:00–18:00' : '09:00–18:00'])),
      };
  }
}

export const sampleHandlers = {
  'samples.create'(input: ParsedInput<'samples.create'>, ctx: BackendContext): { clientId: string; auditId: string } {
    const text = SAMPLE_TEXT[input.language];
    const clientId = ctx.newId();
    const auditId = ctx.newId();
    write(ctx.db, () => {
      const templateId = ctx.db
        .prepare("SELECT id FROM templates WHERE builtin_key = 'omnichannel-journey' AND language = ?")
        .pluck()
        .get(input.language) as string | undefined;
      if (!templateId) throw new AppError('NOT_FOUND', 'The built-in omnichannel template is missing.');
      const at = ctx.now().toISOString();
      ctx.db
        .prepare(
          "INSERT INTO clients (id, name, sector, country, notes, created_at, updated_at) VALUES (?, ?, ?, ?, '', ?, ?)",
        )
        .run(clientId, text.client, text.sector, text.country, at, at);
      const version = pinCurrentVersion(ctx, templateId);
      const definition = versionDefinition(ctx, version.id);
      const scope = { stageIds: [], kinds: ['digital', 'human', 'physical'] as ('digital' | 'human' | 'physical')[] };
      const walk = touchpointsInScope(definition, scope);
      // Answered roughly two thirds of the way, so the sample shows progress, gaps and a resume point.
      const answeredUntil = Math.floor(walk.length * 0.65);
      const resume = walk[answeredUntil] ?? walk[0]!;
      ctx.db
        .prepare(
          `INSERT INTO audits (id, client_id, template_version_id, title, site, persona, audit_type, auditor, audit_date,
             scope_json, status, position_touchpoint, position_criterion, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, 'walkthrough', ?, ?, ?, 'in_progress', ?, ?, ?, ?)`,
        )
        .run(
          auditId,
          clientId,
          version.id,
          text.title,
          text.site,
          text.persona,
          text.auditor,
          at.slice(0, 10),
          JSON.stringify(scope),
          resume.touchpoint.id,
          resume.touchpoint.criteria[0]?.id ?? null,
          at,
          at,
        );
      const answer = ctx.db.prepare(
        'INSERT INTO answers (id, audit_id, touchpoint_id, criterion_id, value_json, note, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      );
      const record = ctx.db.prepare(
        'INSERT INTO touchpoint_records (audit_id, touchpoint_id, emotion, pain_points, worked, recommendation, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      );
      let n = 0;
      walk.slice(0, answeredUntil).forEach(({ touchpoint }, i) => {
        for (const c of touchpoint.criteria)
          answer.run(ctx.newId(), auditId, touchpoint.id, c.id, JSON.stringify(sampleAnswer(c, ++n)), '', at);
        const emotion = [4, 3, 4, 2, 5, 3, 1, 4][i % 8]!;
        record.run(
          auditId,
          touchpoint.id,
          emotion,
          emotion <= 2 ? text.pain : '',
          emotion >= 4 ? text.worked : '',
          emotion <= 2 ? text.rec : '',
          at,
        );
      });
      // Sample answers enter the trail as what they are, so Verify holds from the first edit on.
      reconcileTrail(ctx.db, auditId, at, TRAIL_SYSTEM_REASONS.sample);
      refreshStaleRollups(ctx, [auditId]);
    });
    ctx.emit('clients.changed', { id: clientId, change: 'created' });
    ctx.emit('audits.changed', { id: auditId, clientId });
    return { clientId, auditId };
  },
};
