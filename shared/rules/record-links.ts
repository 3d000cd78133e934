import type { TemplateDefinition } from '../domain/template';
import { reason, type Reason } from '../reasons/reason';

/**
 * Links between records, as the API allows them: a record only links to records of its own client,
 * a wave ends on or after the day it starts, and an action names a touchpoint and criterion of its
 * audit's template. Who a record belongs to never changes once it is made (no API call moves an
 * audit, site, wave or action to another client, or a photo to another audit). The handlers and the
 * imports (package, team hub) refuse with these same reasons.
 */

/** A site an audit is at belongs to the audit's client. */
export function siteLinkRefusal(siteClientId: string, auditClientId: string): Reason | null {
  return siteClientId === auditClientId ? null : reason('siteOtherClient');
}

/** A wave a visit is part of belongs to the visit's client. */
export function waveLinkRefusal(waveClientId: string, auditClientId: string): Reason | null {
  return waveClientId === auditClientId ? null : reason('waveOtherClient');
}

/** A visit ends at or after the moment it started (either may be unknown); times compared as instants. */
export function visitTimesRefusal(startedAt: string | null, endedAt: string | null): Reason | null {
  return startedAt && endedAt && Date.parse(endedAt) < Date.parse(startedAt) ? reason('visitEndsBeforeStart') : null;
}

/** A wave ends on or after the day it starts (either may be open). */
export function waveDatesRefusal(startsOn: string | null, endsOn: string | null): Reason | null {
  return startsOn && endsOn && endsOn < startsOn ? reason('waveEndsBeforeStart') : null;
}

export interface ActionLinks {
  auditId: string | null;
  touchpointId: string | null;
  criterionId: string | null;
}

/** The field of an action a link refusal is about, for the form to point at. */
export type ActionLinkField = 'auditId' | 'touchpointId' | 'criterionId';

/**
 * Why an action's links do not make sense together, or null: a criterion comes with its touchpoint;
 * the linked audit belongs to the action's client; with an audit, the touchpoint and criterion are in
 * the audit's template (without one, a touchpoint is a template key and kept as given). `audit` is the
 * linked audit's client and template definition (undefined when the action names none, or it is unknown).
 */
export function actionLinksRefusal(
  clientId: string,
  links: ActionLinks,
  audit: { clientId: string; definition: TemplateDefinition | undefined } | undefined,
): { field: ActionLinkField; reason: Reason } | null {
  if (links.criterionId !== null && links.touchpointId === null)
    return { field: 'criterionId', reason: reason('actionCriterionWithoutTouchpoint') };
  if (links.auditId === null || !audit) return null;
  if (audit.clientId !== clientId) return { field: 'auditId', reason: reason('actionAuditOtherClient') };
  if (links.touchpointId === null || !audit.definition) return null;
  const touchpoint = audit.definition.touchpoints.find((tp) => tp.id === links.touchpointId);
  if (!touchpoint)
    return {
      field: 'touchpointId',
      reason: reason('actionTouchpointNotInTemplate', { touchpoint: links.touchpointId }),
    };
  if (links.criterionId !== null && !touchpoint.criteria.some((c) => c.id === links.criterionId))
    return {
      field: 'criterionId',
      reason: reason('actionCriterionNotInTouchpoint', {
        criterion: links.criterionId,
        touchpoint: links.touchpointId,
      }),
    };
  return null;
}

/** A record known here keeps its owner: the same id in an import with another owner is refused. */
export function ownerChangeRefusal(localOwner: string | undefined, importedOwner: string): Reason | null {
  return localOwner === undefined || localOwner === importedOwner ? null : reason('movedToOtherClient');
}

/**
 * An audit known here keeps the template version it was pinned to and its type: no API call re-pins an audit or
 * turns a walkthrough into a visit, and its answers, trail and scores are of that version and type.
 */
export function pinChangeRefusal(
  local: { versionId: string; auditType: string } | undefined,
  imported: { template_version_id: string; audit_type: string },
): Reason | null {
  if (!local) return null;
  if (local.versionId !== imported.template_version_id) return reason('auditRepinned');
  return local.auditType === imported.audit_type ? null : reason('auditTypeChanged');
}

/** A photo known here keeps its audit. */
export function photoMoveRefusal(localAudit: string | undefined, importedAudit: string): Reason | null {
  return localAudit === undefined || localAudit === importedAudit ? null : reason('movedToOtherAudit');
}
