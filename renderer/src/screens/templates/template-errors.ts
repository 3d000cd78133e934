import type { TFunction } from 'i18next';
import type { TemplateDefinition } from '../../../../shared/domain/template';
import type { FieldIssue } from '../../../../shared/result';

/**
 * A validation issue from `templates.update` (its field is a path such as
 * `definition.touchpoints.3.criteria.1.question`), tied to the ids of the items it names, so the
 * message stays beside the right field even after the outline is reordered.
 */
export interface TemplateProblem {
  /** Stable key, e.g. `c:<touchpointId>/<criterionId>.question`; see the *Key helpers below. */
  key: string;
  /** Where, in words: "Touchpoint 4 “Front desk”, criterion 2". */
  where: string;
  /** What, in words: "Question is required." */
  message: string;
  stageId?: string;
  touchpointId?: string;
}

export const templateKey = (field: string) => `t.${field}`;
export const stageKey = (stageId: string, field: string) => `s:${stageId}.${field}`;
export const touchpointKey = (tpId: string, field: string) => `tp:${tpId}.${field}`;
export const criterionKey = (tpId: string, cId: string, field: string) => `c:${tpId}/${cId}.${field}`;
export const optionKey = (tpId: string, cId: string, optionId: string, field: string) =>
  `o:${tpId}/${cId}/${optionId}.${field}`;
export const channelKey = (tpId: string, cId: string, index: number) => `ch:${tpId}/${cId}/${index}`;

export function problemsFromIssues(
  t: TFunction,
  issues: readonly FieldIssue[],
  def: TemplateDefinition,
): TemplateProblem[] {
  return issues.map((issue) => locateIssue(t, issue, def));
}

function message(t: TFunction, issue: FieldIssue, field: string): string {
  const label = t(`templates.fields.${field}`, { defaultValue: field });
  return t(`validation.${issue.rule}`, { field: label, limit: issue.limit });
}

function locateIssue(t: TFunction, issue: FieldIssue, def: TemplateDefinition): TemplateProblem {
  const path = issue.field
    .replace(/^definition\.?/, '')
    .split('.')
    .filter(Boolean);
  const num = (i: number) => Number(path[i]);
  const named = (kind: 'stage' | 'touchpoint', n: number, name: string | undefined) =>
    name && name.trim()
      ? t(`templates.where.${kind}Named`, { n, name: name.trim().slice(0, 40) })
      : t(`templates.where.${kind}`, { n });

  if (path[0] === 'stages' && path.length >= 2 && Number.isInteger(num(1))) {
    const stage = def.stages[num(1)];
    const field = path[2] ?? 'stages';
    const where = named('stage', num(1) + 1, stage?.name);
    return {
      key: stage ? stageKey(stage.id, field) : templateKey('stages'),
      where,
      message: message(t, issue, field === 'name' ? 'stageName' : field),
      ...(stage ? { stageId: stage.id } : {}),
    };
  }

  if (path[0] === 'touchpoints' && path.length >= 2 && Number.isInteger(num(1))) {
    const tp = def.touchpoints[num(1)];
    const tpWhere = named('touchpoint', num(1) + 1, tp?.name);
    const located = tp ? { touchpointId: tp.id, stageId: tp.stageId } : {};
    if (!tp) return { key: templateKey('touchpoints'), where: tpWhere, message: message(t, issue, 'touchpoints') };
    if (path[2] !== 'criteria' || path.length < 4) {
      const field = path[2] ?? 'touchpoints';
      return { key: touchpointKey(tp.id, field), where: tpWhere, message: message(t, issue, field), ...located };
    }
    const c = tp.criteria[num(3)];
    const cWhere = t('templates.where.nested', {
      outer: tpWhere,
      inner: t('templates.where.criterion', { n: num(3) + 1 }),
    });
    if (!c)
      return {
        key: touchpointKey(tp.id, 'criteria'),
        where: tpWhere,
        message: message(t, issue, 'criteria'),
        ...located,
      };
    // scale.options.2.label, scale.channels.1, scale.options, weight, question...
    if (path[4] === 'scale' && path[5] === 'options' && path.length >= 7 && c.scale.type === 'options') {
      const option = c.scale.options[num(6)];
      const field = path[7] ?? 'label';
      const where = t('templates.where.nested', {
        outer: cWhere,
        inner: t('templates.where.option', { n: num(6) + 1 }),
      });
      return {
        key: option ? optionKey(tp.id, c.id, option.id, field) : criterionKey(tp.id, c.id, 'options'),
        where,
        message: message(t, issue, field),
        ...located,
      };
    }
    if (path[4] === 'scale' && path[5] === 'channels' && path.length >= 7) {
      const where = t('templates.where.nested', {
        outer: cWhere,
        inner: t('templates.where.channel', { n: num(6) + 1 }),
      });
      return { key: channelKey(tp.id, c.id, num(6)), where, message: message(t, issue, 'channel'), ...located };
    }
    const field = path[4] === 'scale' ? (path[5] ?? 'scale') : (path[4] ?? 'question');
    return { key: criterionKey(tp.id, c.id, field), where: cWhere, message: message(t, issue, field), ...located };
  }

  const field = path[0] ?? 'name';
  return { key: templateKey(field), where: t('templates.where.template'), message: message(t, issue, field) };
}

/** Key -> message, for the fields to show beside themselves. */
export function problemIndex(problems: readonly TemplateProblem[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of problems) if (!out.has(p.key)) out.set(p.key, p.message);
  return out;
}
