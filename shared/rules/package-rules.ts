import { touchpointsInScope, type AnswerValue, type AuditScope } from '../domain/audit';
import { templateDefinitionSchema, type TemplateDefinition } from '../domain/template';
import { recordEntryPath, type PackageRecords, type RecordKind } from '../exchange/package-format';
import { reason, type Reason } from '../reasons/reason';
import { answerRefusal, baselineRefusal, unknownScopeStages } from './audit-rules';
import { auditStateRefusal, unansweredCriteria } from './audit-state';
import {
  actionLinksRefusal,
  ownerChangeRefusal,
  pinChangeRefusal,
  photoMoveRefusal,
  siteLinkRefusal,
  waveDatesRefusal,
  waveLinkRefusal,
} from './record-links';
import { templateScoringShape } from './template-rules';

/** A record of a package the rule book refuses, named so the user can find it. */
export interface RecordRefusal {
  kind: RecordKind;
  /** The record's id (or natural key). */
  key: string;
  reason: Reason;
}

/** What the checks need to know beyond the package: definitions, audits and built-ins known here. */
export interface PackageSurroundings {
  /** A template version's definition known here (the package's own are read from it first). */
  localDefinition(versionId: string): TemplateDefinition | undefined;
  /** The client of an audit known here, for a baseline outside the package. */
  localAuditClient(auditId: string): string | undefined;
  /** The scoring shapes of the shipped built-in template with this key (any language); empty when none. */
  builtinShapes(key: string): readonly string[];
  /** The template version an audit known here is pinned to, and its type (neither ever changes). */
  localAuditPin(auditId: string): { versionId: string; auditType: string } | undefined;
  /** The client a site, wave or action known here belongs to (it never changes). */
  localClientOf(kind: 'sites' | 'waves' | 'actions', id: string): string | undefined;
  /** The audit a photo known here belongs to (it never changes). */
  localPhotoAudit(evidenceId: string): string | undefined;
  /** The answers kept here for an audit; the package's own replace them criterion by criterion. */
  localAnswers(auditId: string): readonly LocalAnswer[];
}

/** An answer kept here, as the completion rule reads it. */
export interface LocalAnswer {
  touchpoint_id: string;
  criterion_id: string;
  value_json: string | null;
}

const ID_KINDS = [
  'clients',
  'sites',
  'waves',
  'templates',
  'template_versions',
  'audits',
  'answers',
  'evidence',
  'actions',
] as const;

/**
 * The rule book applied to a package's content, record by record, as the API applies it to
 * input: an id used twice (inside one kind or across kinds), answers that do not fit their
 * criterion's scale or name a criterion outside the audit's template or scope, scopes naming
 * stages the template does not have, a baseline that is the audit itself or another client's,
 * touchpoint records and photos of touchpoints the audit does not walk, built-in templates
 * whose scoring differs from the shipped one (an injected or re-weighted criterion), and states and
 * links no API call makes (record-links.ts, audit-state.ts): records moved to another client,
 * links across clients, waves ending before they start, actions on criteria their audit's template
 * lacks, audits complete with criteria unanswered, reviews of anything but a completed visit.
 * Returns every refusal, in package order; an empty list means the content is acceptable.
 */
export function packageContentRefusals(r: PackageRecords, around: PackageSurroundings): RecordRefusal[] {
  const out: RecordRefusal[] = [];
  const refuse = (kind: RecordKind, key: string, why: Reason) => out.push({ kind, key, reason: why });

  const seen = new Map<string, RecordKind>();
  for (const kind of ID_KINDS) {
    for (const row of r[kind] as { id: string }[]) {
      const first = seen.get(row.id);
      if (first === undefined) seen.set(row.id, kind);
      else if (first === kind)
        refuse(kind, row.id, reason('idTwiceInEntry', { id: row.id, entry: recordEntryPath(kind) }));
      else refuse(kind, row.id, reason('idAcrossKinds', { id: row.id, first, kind }));
    }
  }

  const definitions = new Map<string, TemplateDefinition>();
  const templates = new Map(r.templates.map((t) => [t.id, t]));
  for (const t of r.templates) {
    const shipped = t.builtin_key ? around.builtinShapes(t.builtin_key) : [];
    const definition = templateDefinitionSchema.parse(JSON.parse(t.definition_json));
    if (shipped.length && !shipped.includes(templateScoringShape(definition)))
      refuse('templates', t.id, reason('builtinTemplateChanged', { name: t.name }));
  }
  for (const v of r.template_versions) {
    const definition = templateDefinitionSchema.parse(JSON.parse(v.definition_json));
    definitions.set(v.id, definition);
    const builtinKey = templates.get(v.template_id)?.builtin_key;
    if (builtinKey) {
      const shipped = around.builtinShapes(builtinKey);
      if (shipped.length && !shipped.includes(templateScoringShape(definition)))
        refuse(
          'template_versions',
          v.id,
          reason('builtinVersionChanged', { version: v.version, name: definition.name }),
        );
    }
  }
  const definitionOf = (versionId: string) => definitions.get(versionId) ?? around.localDefinition(versionId);

  const walked = new Map<string, Map<string, Set<string>>>();
  const auditClients = new Map(r.audits.map((a) => [a.id, a.client_id]));
  for (const a of r.audits) {
    const definition = definitionOf(a.template_version_id);
    const scope = JSON.parse(a.scope_json) as AuditScope;
    if (!definition) continue; // An unknown version is refused by the reference check.
    const unknown = unknownScopeStages(definition, scope);
    if (unknown.length) refuse('audits', a.id, reason('scopeUnknownStage', { title: a.title, stage: unknown[0]! }));
    if (a.baseline_audit_id) {
      const baselineClient = auditClients.get(a.baseline_audit_id) ?? around.localAuditClient(a.baseline_audit_id);
      if (baselineClient !== undefined) {
        const refusal = baselineRefusal(
          { id: a.id, clientId: a.client_id },
          { id: a.baseline_audit_id, clientId: baselineClient },
        );
        if (refusal) refuse('audits', a.id, reason('auditRefused', { title: a.title, why: refusal }));
      }
    }
    const tps = new Map<string, Set<string>>();
    for (const { touchpoint } of touchpointsInScope(definition, scope))
      tps.set(touchpoint.id, new Set(touchpoint.criteria.map((c) => c.id)));
    walked.set(a.id, tps);
  }

  const byAudit = new Map(r.audits.map((a) => [a.id, a]));
  for (const ans of r.answers) {
    const key = `${ans.audit_id}/${ans.touchpoint_id}/${ans.criterion_id}`;
    const tps = walked.get(ans.audit_id);
    const audit = byAudit.get(ans.audit_id);
    if (!tps || !audit) continue;
    if (!tps.get(ans.touchpoint_id)?.has(ans.criterion_id)) {
      refuse(
        'answers',
        key,
        reason('answerNotCovered', { title: audit.title, criterion: `${ans.touchpoint_id}/${ans.criterion_id}` }),
      );
      continue;
    }
    if (ans.value_json === null) continue;
    const criterion = definitionOf(audit.template_version_id)!
      .touchpoints.find((t) => t.id === ans.touchpoint_id)!
      .criteria.find((c) => c.id === ans.criterion_id)!;
    const refusal = answerRefusal(JSON.parse(ans.value_json) as AnswerValue, criterion);
    if (refusal)
      refuse(
        'answers',
        key,
        reason('answerRefused', {
          title: audit.title,
          criterion: `${ans.touchpoint_id}/${ans.criterion_id}`,
          why: refusal,
        }),
      );
  }
  refuseBrokenLinksAndStates(r, around, definitionOf, refuse);
  for (const kind of ['touchpoint_records', 'evidence'] as const) {
    for (const row of r[kind]) {
      const tps = walked.get(row.audit_id);
      if (tps && !tps.has(row.touchpoint_id))
        refuse(
          kind,
          'id' in row ? row.id : `${row.audit_id}/${row.touchpoint_id}`,
          reason('recordNotWalked', { title: byAudit.get(row.audit_id)!.title, touchpoint: row.touchpoint_id }),
        );
    }
  }
  return out;
}

/**
 * What the API would never have produced in the package's audits, sites, waves, actions and photos:
 * a record that belongs to another client (or a photo to another audit) here; links across clients,
 * a wave ending before it starts, an action on a touchpoint or criterion its audit's template does
 * not have; an audit complete with criteria unanswered or without its time, reviewed while not a
 * completed visit, or a walkthrough with a visit's details (see auditStateRefusal).
 */
function refuseBrokenLinksAndStates(
  r: PackageRecords,
  around: PackageSurroundings,
  definitionOf: (versionId: string) => TemplateDefinition | undefined,
  refuse: (kind: RecordKind, key: string, why: Reason) => void,
): void {
  const siteClients = new Map(r.sites.map((s) => [s.id, s.client_id]));
  const waveClients = new Map(r.waves.map((w) => [w.id, w.client_id]));
  for (const s of r.sites) {
    const moved = ownerChangeRefusal(around.localClientOf('sites', s.id), s.client_id);
    if (moved) refuse('sites', s.id, reason('siteRefused', { name: s.name, why: moved }));
  }
  for (const w of r.waves) {
    const why =
      ownerChangeRefusal(around.localClientOf('waves', w.id), w.client_id) ?? waveDatesRefusal(w.starts_on, w.ends_on);
    if (why) refuse('waves', w.id, reason('waveRefused', { name: w.name, why }));
  }

  const answersOf = new Map<string, Map<string, string | null>>();
  for (const ans of r.answers) {
    const map = answersOf.get(ans.audit_id) ?? new Map<string, string | null>();
    map.set(`${ans.touchpoint_id}\u0000${ans.criterion_id}`, ans.value_json);
    answersOf.set(ans.audit_id, map);
  }
  const timed = new Set(r.visit_timestamps.map((t) => t.audit_id));
  for (const a of r.audits) {
    let unanswered: ReturnType<typeof unansweredCriteria> = [];
    const definition = definitionOf(a.template_version_id);
    if (a.status === 'complete' && definition) {
      // The answers after the import: the package's, over those kept here.
      const values = new Map<string, string | null>();
      for (const local of around.localAnswers(a.id))
        values.set(`${local.touchpoint_id}\u0000${local.criterion_id}`, local.value_json);
      for (const [key, value] of answersOf.get(a.id) ?? []) values.set(key, value);
      unanswered = unansweredCriteria(definition, JSON.parse(a.scope_json) as AuditScope, (tp, c) => {
        const json = values.get(`${tp}\u0000${c}`);
        return json ? (JSON.parse(json) as AnswerValue) : null;
      });
    }
    const siteClient = a.site_id ? (siteClients.get(a.site_id) ?? around.localClientOf('sites', a.site_id)) : undefined;
    const waveClient = a.wave_id ? (waveClients.get(a.wave_id) ?? around.localClientOf('waves', a.wave_id)) : undefined;
    const why =
      ownerChangeRefusal(around.localAuditClient(a.id), a.client_id) ??
      pinChangeRefusal(around.localAuditPin(a.id), a) ??
      (siteClient === undefined ? null : siteLinkRefusal(siteClient, a.client_id)) ??
      (waveClient === undefined ? null : waveLinkRefusal(waveClient, a.client_id)) ??
      auditStateRefusal(a, unanswered, timed.has(a.id));
    if (why) refuse('audits', a.id, reason('auditRefused', { title: a.title, why }));
  }

  const audits = new Map(r.audits.map((a) => [a.id, a]));
  for (const action of r.actions) {
    let linked: { clientId: string; definition: TemplateDefinition | undefined } | undefined;
    if (action.audit_id) {
      const inPackage = audits.get(action.audit_id);
      const localClient = inPackage ? undefined : around.localAuditClient(action.audit_id);
      const localVersion = inPackage ? undefined : around.localAuditPin(action.audit_id)?.versionId;
      if (inPackage)
        linked = { clientId: inPackage.client_id, definition: definitionOf(inPackage.template_version_id) };
      else if (localClient !== undefined)
        linked = { clientId: localClient, definition: localVersion ? definitionOf(localVersion) : undefined };
    }
    const why =
      ownerChangeRefusal(around.localClientOf('actions', action.id), action.client_id) ??
      actionLinksRefusal(
        action.client_id,
        { auditId: action.audit_id, touchpointId: action.touchpoint_id, criterionId: action.criterion_id },
        linked,
      )?.reason ??
      null;
    if (why) refuse('actions', action.id, reason('actionRefused', { title: action.title, why }));
  }

  for (const e of r.evidence) {
    const moved = photoMoveRefusal(around.localPhotoAudit(e.id), e.audit_id);
    if (moved) refuse('evidence', e.id, reason('photoRefused', { name: e.original_name, why: moved }));
  }
}
