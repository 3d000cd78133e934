import type { SavedAck } from '../../../shared/api/audits-api';
import { answerKey, indexAnswers } from '../../../shared/audit-progress';
import type { ParsedInput } from '../../../shared/contract';
import { touchpointsInScope, type AuditDetail, type AuditSummary } from '../../../shared/domain/audit';
import { AppError } from '../../../shared/result';
import { unknownScopeStages } from '../../../shared/rules/audit-rules';
import { unansweredCriteria } from '../../../shared/rules/audit-state';
import { holdWriteState, saveAnswer, saveNote, saveRecord, undoLastEdit } from '../audits/answer-writes';
import { appendChange } from '../audits/record-edit';
import { refreshStaleRollups } from '../audits/rollups';
import { assertAuditWritable, assertNotReviewed } from '../audits/audit-guard';
import { auditDetail, auditSummary, getAuditRow, readAnswers, type AuditRow } from '../audits/audit-rows';
import { siteForName } from '../audits/site-registry';
import { failsWithoutComment } from '../../../shared/scoring/fails-without-comment';
import type { BackendContext } from '../context';
import { write } from '../db/write';
import { assertPhotosRedacted } from '../evidence/redaction-gate';
import { dropSignOff } from '../evidence/sign-off-rows';
import { pinCurrentVersion, versionDefinition } from '../templates/template-rows';

export const auditHandlers = {
  'audits.list'(input: ParsedInput<'audits.list'>, ctx: BackendContext): AuditSummary[] {
    const rows = (
      input.clientId
        ? ctx.db
            .prepare('SELECT * FROM audits WHERE client_id = ? ORDER BY audit_date DESC, updated_at DESC')
            .all(input.clientId)
        : ctx.db.prepare('SELECT * FROM audits ORDER BY updated_at DESC LIMIT 200').all()
    ) as AuditRow[];
    return rows.map((row) => auditSummary(ctx, row));
  },

  'audits.create'(input: ParsedInput<'audits.create'>, ctx: BackendContext): AuditDetail {
    const id = ctx.newId();
    write(ctx.db, () => {
      const client = ctx.db.prepare('SELECT id FROM clients WHERE id = ?').get(input.clientId);
      if (!client) throw new AppError('NOT_FOUND', 'That client no longer exists.');
      const version = pinCurrentVersion(ctx, input.templateId);
      const definition = versionDefinition(ctx, version.id);
      const unknownStage = unknownScopeStages(definition, input.scope)[0];
      if (unknownStage)
        throw new AppError('VALIDATION', `Stage "${unknownStage}" is not in this template.`, [
          { field: 'scope', rule: 'invalid' },
        ]);
      const first = touchpointsInScope(definition, input.scope)[0];
      if (!first)
        throw new AppError('VALIDATION', 'The chosen scope has no touchpoints. Include more stages or kinds.', [
          { field: 'scope', rule: 'invalid' },
        ]);
      if (input.baselineAuditId !== null) {
        const base = ctx.db.prepare('SELECT client_id FROM audits WHERE id = ?').pluck().get(input.baselineAuditId);
        if (base !== input.clientId)
          throw new AppError('VALIDATION', 'The audit to re-audit from must be an audit of the same client.', [
            { field: 'baselineAuditId', rule: 'invalid' },
          ]);
      }
      const at = ctx.now().toISOString();
      const site = siteForName(ctx, input.clientId, input.site, at);
      ctx.db
        .prepare(
          `INSERT INTO audits (id, client_id, template_version_id, title, site, site_id, is_test, baseline_audit_id, persona,
             audit_type, auditor, audit_date, scope_json, status, position_touchpoint, position_criterion, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?)`,
        )
        .run(
          id,
          input.clientId,
          version.id,
          input.title,
          site?.name ?? '',
          site?.id ?? null,
          input.isTest ? 1 : 0,
          input.baselineAuditId,
          input.persona,
          input.auditType,
          input.auditor,
          input.auditDate,
          JSON.stringify(input.scope),
          first.touchpoint.id,
          first.touchpoint.criteria[0]?.id ?? null,
          at,
          at,
        );
      refreshStaleRollups(ctx, [id]);
    });
    ctx.emit('audits.changed', { id, clientId: input.clientId });
    return auditDetail(ctx, id);
  },

  'audits.get'(input: ParsedInput<'audits.get'>, ctx: BackendContext): AuditDetail {
    return auditDetail(ctx, input.id);
  },

  // Only the walk opens an audit this way: screens that only read it (metrics, comparison, the PDF's
  // check) neither load its write state nor push the walk's held states out of their few places.
  'audits.open'(input: ParsedInput<'audits.open'>, ctx: BackendContext): AuditDetail {
    const detail = auditDetail(ctx, input.id);
    holdWriteState(ctx, input.id);
    return detail;
  },

  'audits.update'(input: ParsedInput<'audits.update'>, ctx: BackendContext): AuditDetail {
    const columns = {
      title: 'title',
      site: 'site',
      persona: 'persona',
      auditor: 'auditor',
      auditDate: 'audit_date',
    } as const;
    const row = write(ctx.db, () => {
      const row = getAuditRow(ctx, input.id);
      assertAuditWritable(row);
      const at = ctx.now().toISOString();
      const { isTest, ...fields } = input.changes;
      for (const [k, v] of Object.entries(fields) as [keyof typeof columns, string][]) {
        if (v === undefined) continue;
        let value = v;
        if (k === 'site') {
          // The registry site of that name (created on first use), so every audit of a branch is one site.
          const site = siteForName(ctx, row.client_id, v, at);
          value = site?.name ?? '';
          ctx.db.prepare('UPDATE audits SET site_id = ? WHERE id = ?').run(site?.id ?? null, row.id);
        }
        appendChange(ctx, {
          auditId: row.id,
          field: k,
          touchpointId: null,
          criterionId: null,
          oldValue: row[columns[k]],
          newValue: value,
          at,
        });
        ctx.db.prepare(`UPDATE audits SET ${columns[k]} = ?, updated_at = ? WHERE id = ?`).run(value, at, row.id);
      }
      if (isTest !== undefined) {
        appendChange(ctx, {
          auditId: row.id,
          field: 'isTest',
          touchpointId: null,
          criterionId: null,
          oldValue: Boolean(row.is_test),
          newValue: isTest,
          at,
        });
        ctx.db.prepare('UPDATE audits SET is_test = ?, updated_at = ? WHERE id = ?').run(isTest ? 1 : 0, at, row.id);
      }
      return row;
    });
    ctx.emit('audits.changed', { id: row.id, clientId: row.client_id });
    return auditDetail(ctx, input.id);
  },

  'audits.delete'(input: ParsedInput<'audits.delete'>, ctx: BackendContext): { id: string } {
    const row = write(ctx.db, () => {
      const row = getAuditRow(ctx, input.id);
      // A reviewed visit is the lead's record of what happened: it is never deleted.
      assertNotReviewed(row);
      ctx.db.prepare('DELETE FROM audits WHERE id = ?').run(input.id);
      return row;
    });
    ctx.emit('audits.changed', { id: input.id, clientId: row.client_id });
    return { id: input.id };
  },

  'audits.setAnswer'(input: ParsedInput<'audits.setAnswer'>, ctx: BackendContext): SavedAck {
    return saveAnswer(ctx, input);
  },

  'audits.setNote'(input: ParsedInput<'audits.setNote'>, ctx: BackendContext): SavedAck {
    return saveNote(ctx, input);
  },

  'audits.setRecord'(input: ParsedInput<'audits.setRecord'>, ctx: BackendContext): SavedAck {
    return saveRecord(ctx, input);
  },

  'audits.setPosition'(input: ParsedInput<'audits.setPosition'>, ctx: BackendContext): { ok: true } {
    write(ctx.db, () => {
      const row = getAuditRow(ctx, input.auditId);
      assertNotReviewed(row);
      const entry = touchpointsInScope(
        versionDefinition(ctx, row.template_version_id),
        JSON.parse(row.scope_json) as AuditDetail['scope'],
      ).find((e) => e.touchpoint.id === input.touchpointId);
      if (!entry) throw new AppError('NOT_FOUND', `Touchpoint "${input.touchpointId}" is not part of this audit.`);
      if (input.criterionId && !entry.touchpoint.criteria.some((c) => c.id === input.criterionId))
        throw new AppError(
          'NOT_FOUND',
          `Criterion "${input.criterionId}" is not part of touchpoint "${input.touchpointId}".`,
        );
      ctx.db
        .prepare('UPDATE audits SET position_touchpoint = ?, position_criterion = ? WHERE id = ?')
        .run(input.touchpointId, input.criterionId, row.id);
    });
    return { ok: true };
  },

  'audits.undo'(input: ParsedInput<'audits.undo'>, ctx: BackendContext) {
    const undone = undoLastEdit(ctx, input.auditId);
    return { undone, audit: auditDetail(ctx, input.auditId) };
  },

  'audits.complete'(input: ParsedInput<'audits.complete'>, ctx: BackendContext): AuditDetail {
    const row = write(ctx.db, () => {
      const row = getAuditRow(ctx, input.id);
      if (row.status === 'complete') return row;
      const definition = versionDefinition(ctx, row.template_version_id);
      // The rule book's completion rule, which a complete audit arriving in a package is held to as well.
      const answers = indexAnswers(readAnswers(ctx, row.id));
      const unanswered = unansweredCriteria(
        definition,
        JSON.parse(row.scope_json) as AuditDetail['scope'],
        (tp, c) => answers.get(answerKey(tp, c))?.value,
      );
      if (unanswered.length) {
        throw new AppError(
          'AUDIT_INCOMPLETE',
          `${unanswered.length} criteria are still unanswered; answer them or mark them N/A before completing the audit.`,
          unanswered.slice(0, 200).map((u) => ({ field: `${u.touchpointId}.${u.criterionId}`, rule: 'required' })),
        );
      }
      const missing = failsWithoutComment(
        definition,
        JSON.parse(row.scope_json) as AuditDetail['scope'],
        readAnswers(ctx, row.id),
      );
      if (missing.length) {
        throw new AppError(
          'AUDIT_INCOMPLETE',
          `A fail needs a comment before the visit can be completed; write one on: ${missing
            .slice(0, 20)
            .map((m) => `${m.touchpointName} — ${m.question}`)
            .join('; ')}${missing.length > 20 ? ` and ${missing.length - 20} more` : ''}.`,
          missing.slice(0, 200).map((m) => ({ field: `${m.touchpointId}.${m.criterionId}.note`, rule: 'required' })),
        );
      }
      assertPhotosRedacted(ctx, row.id, definition.redactionRequired);
      const at = ctx.now().toISOString();
      ctx.db
        .prepare("UPDATE audits SET status = 'complete', completed_at = ?, updated_at = ? WHERE id = ?")
        .run(at, at, row.id);
      appendChange(ctx, {
        auditId: row.id,
        field: 'completed',
        touchpointId: null,
        criterionId: null,
        oldValue: row.status,
        newValue: 'complete',
        at,
      });
      return row;
    });
    ctx.emit('audits.changed', { id: row.id, clientId: row.client_id });
    return auditDetail(ctx, input.id);
  },

  'audits.reopen'(input: ParsedInput<'audits.reopen'>, ctx: BackendContext): AuditDetail {
    const row = write(ctx.db, () => {
      const row = getAuditRow(ctx, input.id);
      assertNotReviewed(row);
      if (row.status !== 'complete') throw new AppError('NOT_ALLOWED', 'Only a complete audit can be reopened.');
      const at = ctx.now().toISOString();
      ctx.db
        .prepare("UPDATE audits SET status = 'in_progress', completed_at = NULL, updated_at = ? WHERE id = ?")
        .run(at, row.id);
      appendChange(ctx, {
        auditId: row.id,
        field: 'reopened',
        touchpointId: null,
        criterionId: null,
        oldValue: null,
        newValue: input.reason,
        reason: input.reason,
        at,
      });
      dropSignOff(ctx.db, row.id, at);
      return row;
    });
    ctx.emit('audits.changed', { id: row.id, clientId: row.client_id });
    return auditDetail(ctx, input.id);
  },
};
