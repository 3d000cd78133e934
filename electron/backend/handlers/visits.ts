import type { StampResult, WaveView } from '../../../shared/api/visits-api';
import type { ParsedInput } from '../../../shared/contract';
import type { AuditDetail } from '../../../shared/domain/audit';
import type { Site, Wave } from '../../../shared/domain/visit';
import { asSentence, type Reason } from '../../../shared/reasons/reason';
import { AppError } from '../../../shared/result';
import {
  siteLinkRefusal,
  visitTimesRefusal,
  waveDatesRefusal,
  waveLinkRefusal,
} from '../../../shared/rules/record-links';
import { assertAuditWritable, assertNotReviewed } from '../audits/audit-guard';
import { auditDetail, getAuditRow, type AuditRow } from '../audits/audit-rows';
import { readVisit } from '../audits/visit-rows';
import { appendChange, touchAudit } from '../audits/record-edit';
import type { BackendContext } from '../context';
import { write } from '../db/write';
import { getWave, toWave, WAVE_ORDER, WAVE_SELECT, waveView, type WaveRow } from '../insights/wave-view';

interface SiteRow {
  id: string;
  client_id: string;
  name: string;
  address: string;
  region: string;
  created_at: string;
  updated_at: string;
  visits: number;
}

const SITE_SELECT = 'SELECT s.*, (SELECT count(*) FROM audits a WHERE a.site_id = s.id) AS visits FROM sites s';

const toSite = (r: SiteRow): Site => ({
  id: r.id,
  clientId: r.client_id,
  name: r.name,
  address: r.address,
  region: r.region,
  visits: r.visits,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

function getSite(ctx: BackendContext, id: string): Site {
  const row = ctx.db.prepare(`${SITE_SELECT} WHERE s.id = ?`).get(id) as SiteRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'That site no longer exists.');
  return toSite(row);
}
function assertClient(ctx: BackendContext, clientId: string): void {
  if (!ctx.db.prepare('SELECT id FROM clients WHERE id = ?').get(clientId))
    throw new AppError('NOT_FOUND', 'That client no longer exists.');
}
function assertDates(startsOn: string | null, endsOn: string | null): void {
  const refusal = waveDatesRefusal(startsOn, endsOn);
  if (refusal) refuseField(refusal, 'endsOn');
}
function refuseField(refusal: Reason, field: string): never {
  throw new AppError('VALIDATION', asSentence(refusal), [{ field, rule: 'invalid' }], refusal);
}
function assertVisit(row: AuditRow): void {
  if (row.audit_type !== 'mystery-shop')
    throw new AppError('NOT_ALLOWED', 'Only a mystery-shop audit is a visit; this audit is a walkthrough.');
}
function logChange(
  ctx: BackendContext,
  auditId: string,
  at: string,
  field: string,
  oldValue: unknown,
  newValue: unknown,
  reason: string | null = null,
): void {
  appendChange(ctx, { auditId, field, touchpointId: null, criterionId: null, oldValue, newValue, at, reason });
}

const VISIT_COLUMNS = {
  siteId: 'site_id',
  waveId: 'wave_id',
  scenario: 'scenario',
  shopper: 'shopper',
  plannedDate: 'planned_date',
  startedAt: 'started_at',
  endedAt: 'ended_at',
} as const;

export const visitHandlers = {
  'sites.list'(input: ParsedInput<'sites.list'>, ctx: BackendContext): Site[] {
    return (
      ctx.db.prepare(`${SITE_SELECT} WHERE s.client_id = ? ORDER BY s.region, s.name`).all(input.clientId) as SiteRow[]
    ).map(toSite);
  },

  'sites.create'(input: ParsedInput<'sites.create'>, ctx: BackendContext): Site {
    const id = ctx.newId();
    write(ctx.db, () => {
      assertClient(ctx, input.clientId);
      const at = ctx.now().toISOString();
      ctx.db
        .prepare(
          'INSERT INTO sites (id, client_id, name, address, region, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        )
        .run(id, input.clientId, input.name, input.address, input.region, at, at);
    });
    ctx.emit('clients.changed', { id: input.clientId, change: 'updated' });
    return getSite(ctx, id);
  },

  'sites.update'(input: ParsedInput<'sites.update'>, ctx: BackendContext): Site {
    const site = write(ctx.db, () => {
      const site = getSite(ctx, input.id);
      const at = ctx.now().toISOString();
      for (const [k, v] of Object.entries(input.changes) as ['name' | 'address' | 'region', string | undefined][]) {
        if (v !== undefined)
          ctx.db.prepare(`UPDATE sites SET ${k} = ?, updated_at = ? WHERE id = ?`).run(v, at, site.id);
      }
      // Every audit of the site (walkthrough or visit) shows the registry's name.
      if (input.changes.name !== undefined)
        ctx.db.prepare('UPDATE audits SET site = ? WHERE site_id = ?').run(input.changes.name, site.id);
      return site;
    });
    ctx.emit('clients.changed', { id: site.clientId, change: 'updated' });
    return getSite(ctx, input.id);
  },

  'waves.list'(input: ParsedInput<'waves.list'>, ctx: BackendContext): Wave[] {
    return (ctx.db.prepare(`${WAVE_SELECT} WHERE w.client_id = ? ${WAVE_ORDER}`).all(input.clientId) as WaveRow[]).map(
      toWave,
    );
  },

  'waves.create'(input: ParsedInput<'waves.create'>, ctx: BackendContext): Wave {
    const id = ctx.newId();
    write(ctx.db, () => {
      assertClient(ctx, input.clientId);
      assertDates(input.startsOn, input.endsOn);
      const at = ctx.now().toISOString();
      ctx.db
        .prepare(
          'INSERT INTO waves (id, client_id, name, starts_on, ends_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        )
        .run(id, input.clientId, input.name, input.startsOn, input.endsOn, at, at);
    });
    ctx.emit('clients.changed', { id: input.clientId, change: 'updated' });
    return getWave(ctx, id);
  },

  'waves.update'(input: ParsedInput<'waves.update'>, ctx: BackendContext): Wave {
    const wave = write(ctx.db, () => {
      const wave = getWave(ctx, input.id);
      const next = { ...wave, ...input.changes };
      assertDates(next.startsOn ?? null, next.endsOn ?? null);
      const at = ctx.now().toISOString();
      ctx.db
        .prepare('UPDATE waves SET name = ?, starts_on = ?, ends_on = ?, updated_at = ? WHERE id = ?')
        .run(next.name, next.startsOn ?? null, next.endsOn ?? null, at, wave.id);
      return wave;
    });
    ctx.emit('clients.changed', { id: wave.clientId, change: 'updated' });
    return getWave(ctx, input.id);
  },

  'visits.update'(input: ParsedInput<'visits.update'>, ctx: BackendContext): StampResult {
    const { row, at } = write(ctx.db, () => {
      const row = getAuditRow(ctx, input.auditId);
      assertVisit(row);
      assertAuditWritable(row);
      const { siteId, waveId } = input.changes;
      if (siteId) {
        const siteClient = ctx.db.prepare('SELECT client_id FROM sites WHERE id = ?').pluck().get(siteId) as
          string | undefined;
        // A site that does not exist (any more) belongs to no client: refused like another client's.
        const refusal = siteLinkRefusal(siteClient ?? '', row.client_id);
        if (refusal) refuseField(refusal, 'siteId');
      }
      if (waveId) {
        const waveClient = ctx.db.prepare('SELECT client_id FROM waves WHERE id = ?').pluck().get(waveId) as
          string | undefined;
        const refusal = waveLinkRefusal(waveClient ?? '', row.client_id);
        if (refusal) refuseField(refusal, 'waveId');
      }
      const times = visitTimesRefusal(
        input.changes.startedAt !== undefined ? input.changes.startedAt : (row.started_at ?? null),
        input.changes.endedAt !== undefined ? input.changes.endedAt : (row.ended_at ?? null),
      );
      if (times) refuseField(times, input.changes.endedAt !== undefined ? 'endedAt' : 'startedAt');
      const at = ctx.now().toISOString();
      for (const [k, v] of Object.entries(input.changes) as [keyof typeof VISIT_COLUMNS, string | null | undefined][]) {
        if (v === undefined) continue;
        const column = VISIT_COLUMNS[k];
        logChange(ctx, row.id, at, `visit.${k}`, row[column] ?? null, v);
        ctx.db.prepare(`UPDATE audits SET ${column} = ? WHERE id = ?`).run(v, row.id);
      }
      // The site's name is also the audit's site label, which reports and comparisons read.
      if (siteId) {
        const name = ctx.db.prepare('SELECT name FROM sites WHERE id = ?').pluck().get(siteId) as string;
        ctx.db.prepare('UPDATE audits SET site = ? WHERE id = ?').run(name, row.id);
      }
      touchAudit(ctx, row.id, at);
      return { row, at };
    });
    ctx.emit('audits.changed', { id: row.id, clientId: row.client_id });
    return { visit: readVisit(ctx, getAuditRow(ctx, row.id)), savedAt: at };
  },

  'visits.stamp'(input: ParsedInput<'visits.stamp'>, ctx: BackendContext): StampResult {
    const { row, at } = write(ctx.db, () => {
      const row = getAuditRow(ctx, input.auditId);
      assertVisit(row);
      assertAuditWritable(row);
      const at = ctx.now().toISOString();
      const old = ctx.db
        .prepare('SELECT at FROM visit_timestamps WHERE audit_id = ? AND moment = ?')
        .pluck()
        .get(row.id, input.moment) as string | undefined;
      if (input.at === null)
        ctx.db.prepare('DELETE FROM visit_timestamps WHERE audit_id = ? AND moment = ?').run(row.id, input.moment);
      else
        ctx.db
          .prepare(
            'INSERT INTO visit_timestamps (audit_id, moment, at) VALUES (?, ?, ?) ON CONFLICT (audit_id, moment) DO UPDATE SET at = excluded.at',
          )
          .run(row.id, input.moment, input.at);
      logChange(ctx, row.id, at, `stamp.${input.moment}`, old ?? null, input.at);
      // Entering and leaving give the visit's actual start and end, unless they were set by hand.
      if (input.at && input.moment === 'entered' && !row.started_at)
        ctx.db.prepare('UPDATE audits SET started_at = ? WHERE id = ?').run(input.at, row.id);
      if (input.at && input.moment === 'left' && !row.ended_at)
        ctx.db.prepare('UPDATE audits SET ended_at = ? WHERE id = ?').run(input.at, row.id);
      touchAudit(ctx, row.id, at);
      return { row, at };
    });
    ctx.emit('audits.changed', { id: row.id, clientId: row.client_id });
    return { visit: readVisit(ctx, getAuditRow(ctx, row.id)), savedAt: at };
  },

  'visits.review'(input: ParsedInput<'visits.review'>, ctx: BackendContext): AuditDetail {
    const row = write(ctx.db, () => {
      const row = getAuditRow(ctx, input.auditId);
      assertVisit(row);
      assertNotReviewed(row);
      if (row.status !== 'complete')
        throw new AppError('NOT_ALLOWED', 'Only a completed visit can be reviewed or returned. Complete it first.');
      const at = ctx.now().toISOString();
      if (input.decision === 'reviewed') {
        ctx.db
          .prepare(
            "UPDATE audits SET review_status = 'reviewed', review_comment = ?, reviewed_at = ?, updated_at = ? WHERE id = ?",
          )
          .run(input.comment, at, at, row.id);
        logChange(ctx, row.id, at, 'reviewed', row.review_status ?? 'none', input.comment, input.comment);
      } else {
        ctx.db
          .prepare(
            "UPDATE audits SET review_status = 'returned', review_comment = ?, reviewed_at = ?, status = 'in_progress', completed_at = NULL, updated_at = ? WHERE id = ?",
          )
          .run(input.comment, at, at, row.id);
        logChange(ctx, row.id, at, 'returned', row.review_status ?? 'none', input.comment, input.comment);
        // Recorded like a reopening, so the walk's history shows why the visit is open again.
        logChange(ctx, row.id, at, 'reopened', null, input.comment, input.comment);
      }
      return row;
    });
    ctx.emit('audits.changed', { id: row.id, clientId: row.client_id });
    return auditDetail(ctx, row.id);
  },

  'waves.view'(input: ParsedInput<'waves.view'>, ctx: BackendContext): WaveView {
    return waveView(ctx, input);
  },
};
