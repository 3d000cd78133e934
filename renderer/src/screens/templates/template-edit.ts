import type { Criterion, Scale, Stage, TemplateDefinition, Touchpoint } from '../../../../shared/domain/template';

/**
 * Pure, immutable edits of a template definition: what the editor does to its draft. Every new
 * stage, touchpoint, criterion and option gets an id derived from its name plus a short random
 * suffix, matching /^[a-z0-9][a-z0-9-]*$/ and unique in the whole template.
 */

export type Definition = TemplateDefinition;
export type ScaleType = Scale['type'];

const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** Every id in use anywhere in the template. */
export function idsInUse(def: Definition): Set<string> {
  const ids = new Set<string>();
  for (const s of def.stages) ids.add(s.id);
  for (const tp of def.touchpoints) {
    ids.add(tp.id);
    for (const c of tp.criteria) {
      ids.add(c.id);
      if (c.scale.type === 'options') for (const o of c.scale.options) ids.add(o.id);
    }
  }
  return ids;
}

/** "Café & Bar" -> "cafe-bar"; scripts without Latin letters give "" (the caller's fallback is used). */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 24)
    .replace(/-+$/, '');
}

function randomSuffix(): string {
  const bytes = new Uint8Array(4);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

/** A fresh id: the name's slug (or the fallback) and a random suffix, never one of `taken`. Adds it to `taken`. */
export function newId(name: string, fallback: string, taken: Set<string>): string {
  const base = slug(name) || fallback;
  for (;;) {
    const id = `${base}-${randomSuffix()}`;
    if (ID_PATTERN.test(id) && !taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

export function arrayMove<T>(items: readonly T[], from: number, to: number): T[] {
  const out = items.slice();
  if (from < 0 || from >= out.length) return out;
  const clamped = Math.max(0, Math.min(out.length - 1, to));
  const [item] = out.splice(from, 1);
  out.splice(clamped, 0, item!);
  return out;
}

/* ---------------------------------------------------------------- stages */

export function addStage(def: Definition, name: string): { def: Definition; id: string } {
  const id = newId(name, 'stage', idsInUse(def));
  return { def: { ...def, stages: [...def.stages, { id, name, description: '' }] }, id };
}

export function updateStage(def: Definition, id: string, patch: Partial<Omit<Stage, 'id'>>): Definition {
  return { ...def, stages: def.stages.map((s) => (s.id === id ? { ...s, ...patch } : s)) };
}

export function moveStage(def: Definition, id: string, to: number): Definition {
  return {
    ...def,
    stages: arrayMove(
      def.stages,
      def.stages.findIndex((s) => s.id === id),
      to,
    ),
  };
}

/** Removes the stage and its touchpoints; returns what was removed so it can be put back. */
export function removeStage(
  def: Definition,
  id: string,
): {
  def: Definition;
  removed: { stage: Stage; index: number; touchpoints: { touchpoint: Touchpoint; index: number }[] } | null;
} {
  const index = def.stages.findIndex((s) => s.id === id);
  if (index < 0) return { def, removed: null };
  const touchpoints = def.touchpoints
    .map((touchpoint, i) => ({ touchpoint, index: i }))
    .filter((e) => e.touchpoint.stageId === id);
  return {
    def: {
      ...def,
      stages: def.stages.filter((s) => s.id !== id),
      touchpoints: def.touchpoints.filter((tp) => tp.stageId !== id),
    },
    removed: { stage: def.stages[index]!, index, touchpoints },
  };
}

export function restoreStage(
  def: Definition,
  removed: NonNullable<ReturnType<typeof removeStage>['removed']>,
): Definition {
  if (def.stages.some((s) => s.id === removed.stage.id)) return def;
  const stages = def.stages.slice();
  stages.splice(Math.min(removed.index, stages.length), 0, removed.stage);
  let touchpoints = def.touchpoints.slice();
  for (const { touchpoint, index } of removed.touchpoints) {
    if (touchpoints.some((tp) => tp.id === touchpoint.id)) continue;
    touchpoints.splice(Math.min(index, touchpoints.length), 0, touchpoint);
  }
  touchpoints = touchpoints.slice();
  return { ...def, stages, touchpoints };
}

/* ---------------------------------------------------------------- touchpoints */

/** A stage's touchpoints in template order. */
export function touchpointsOf(def: Definition, stageId: string): Touchpoint[] {
  return def.touchpoints.filter((tp) => tp.stageId === stageId);
}

function indexAfterStage(def: Definition, stageId: string): number {
  let last = -1;
  def.touchpoints.forEach((tp, i) => {
    if (tp.stageId === stageId) last = i;
  });
  if (last >= 0) return last + 1;
  // An empty stage: after the touchpoints of the stages before it, so the file reads in journey order.
  const order = def.stages.findIndex((s) => s.id === stageId);
  const before = new Set(def.stages.slice(0, order).map((s) => s.id));
  let at = 0;
  def.touchpoints.forEach((tp, i) => {
    if (before.has(tp.stageId)) at = i + 1;
  });
  return at;
}

export function addTouchpoint(
  def: Definition,
  stageId: string,
  name: string,
  channel: string,
): { def: Definition; id: string } {
  const id = newId(name, 'touchpoint', idsInUse(def));
  const touchpoint: Touchpoint = {
    id,
    stageId,
    name,
    description: '',
    kind: 'human',
    channel,
    momentOfTruth: false,
    criteria: [],
  };
  const touchpoints = def.touchpoints.slice();
  touchpoints.splice(indexAfterStage(def, stageId), 0, touchpoint);
  return { def: { ...def, touchpoints }, id };
}

export function updateTouchpoint(
  def: Definition,
  id: string,
  patch: Partial<Omit<Touchpoint, 'id' | 'criteria' | 'stageId'>>,
): Definition {
  return { ...def, touchpoints: def.touchpoints.map((tp) => (tp.id === id ? { ...tp, ...patch } : tp)) };
}

/** Moves a touchpoint to position `to` among its stage's touchpoints; other stages' touchpoints keep their places. */
export function moveTouchpoint(def: Definition, id: string, to: number): Definition {
  const tp = def.touchpoints.find((t) => t.id === id);
  if (!tp) return def;
  const siblings = touchpointsOf(def, tp.stageId);
  const reordered = arrayMove(siblings, siblings.indexOf(tp), to);
  let next = 0;
  return { ...def, touchpoints: def.touchpoints.map((t) => (t.stageId === tp.stageId ? reordered[next++]! : t)) };
}

/** Puts a touchpoint at the end of another stage. */
export function moveTouchpointToStage(def: Definition, id: string, stageId: string): Definition {
  const tp = def.touchpoints.find((t) => t.id === id);
  if (!tp || tp.stageId === stageId) return def;
  const without = { ...def, touchpoints: def.touchpoints.filter((t) => t.id !== id) };
  const touchpoints = without.touchpoints.slice();
  touchpoints.splice(indexAfterStage(without, stageId), 0, { ...tp, stageId });
  return { ...def, touchpoints };
}

function copyCriterion(c: Criterion, taken: Set<string>): Criterion {
  const scale: Scale =
    c.scale.type === 'options'
      ? { type: 'options', options: c.scale.options.map((o) => ({ ...o, id: newId(o.label, 'option', taken) })) }
      : c.scale.type === 'perChannel'
        ? { type: 'perChannel', channels: [...c.scale.channels] }
        : { ...c.scale };
  return { ...c, id: newId(c.question, 'criterion', taken), scale };
}

export function duplicateTouchpoint(
  def: Definition,
  id: string,
  copyName: (name: string) => string,
): { def: Definition; id: string } {
  const index = def.touchpoints.findIndex((t) => t.id === id);
  if (index < 0) return { def, id };
  const source = def.touchpoints[index]!;
  const taken = idsInUse(def);
  const name = copyName(source.name).slice(0, 160);
  const copy: Touchpoint = {
    ...source,
    id: newId(source.name, 'touchpoint', taken),
    name,
    criteria: source.criteria.map((c) => copyCriterion(c, taken)),
  };
  const touchpoints = def.touchpoints.slice();
  touchpoints.splice(index + 1, 0, copy);
  return { def: { ...def, touchpoints }, id: copy.id };
}

export function removeTouchpoint(
  def: Definition,
  id: string,
): { def: Definition; removed: { touchpoint: Touchpoint; index: number } | null } {
  const index = def.touchpoints.findIndex((t) => t.id === id);
  if (index < 0) return { def, removed: null };
  return {
    def: { ...def, touchpoints: def.touchpoints.filter((t) => t.id !== id) },
    removed: { touchpoint: def.touchpoints[index]!, index },
  };
}

export function restoreTouchpoint(def: Definition, removed: { touchpoint: Touchpoint; index: number }): Definition {
  if (
    def.touchpoints.some((t) => t.id === removed.touchpoint.id) ||
    !def.stages.some((s) => s.id === removed.touchpoint.stageId)
  )
    return def;
  const touchpoints = def.touchpoints.slice();
  touchpoints.splice(Math.min(removed.index, touchpoints.length), 0, removed.touchpoint);
  return { ...def, touchpoints };
}

/* ---------------------------------------------------------------- criteria */

function withCriteria(def: Definition, tpId: string, edit: (criteria: Criterion[]) => Criterion[]): Definition {
  return {
    ...def,
    touchpoints: def.touchpoints.map((tp) => (tp.id === tpId ? { ...tp, criteria: edit(tp.criteria) } : tp)),
  };
}

export function addCriterion(def: Definition, tpId: string, question: string): { def: Definition; id: string } {
  const id = newId(question, 'criterion', idsInUse(def));
  const criterion: Criterion = {
    id,
    question,
    guidance: '',
    family: 'general',
    scale: { type: 'yesno' },
    weight: 1,
    critical: false,
    allowNa: true,
  };
  return { def: withCriteria(def, tpId, (cs) => [...cs, criterion]), id };
}

export function updateCriterion(
  def: Definition,
  tpId: string,
  cId: string,
  patch: Partial<Omit<Criterion, 'id'>>,
): Definition {
  return withCriteria(def, tpId, (cs) => cs.map((c) => (c.id === cId ? { ...c, ...patch } : c)));
}

export function moveCriterion(def: Definition, tpId: string, cId: string, to: number): Definition {
  return withCriteria(def, tpId, (cs) =>
    arrayMove(
      cs,
      cs.findIndex((c) => c.id === cId),
      to,
    ),
  );
}

export function duplicateCriterion(def: Definition, tpId: string, cId: string): { def: Definition; id: string } {
  const taken = idsInUse(def);
  let newIdValue = cId;
  const next = withCriteria(def, tpId, (cs) => {
    const index = cs.findIndex((c) => c.id === cId);
    if (index < 0) return cs;
    const copy = copyCriterion(cs[index]!, taken);
    newIdValue = copy.id;
    const out = cs.slice();
    out.splice(index + 1, 0, copy);
    return out;
  });
  return { def: next, id: newIdValue };
}

export function removeCriterion(
  def: Definition,
  tpId: string,
  cId: string,
): { def: Definition; removed: { touchpointId: string; criterion: Criterion; index: number } | null } {
  const tp = def.touchpoints.find((t) => t.id === tpId);
  const index = tp ? tp.criteria.findIndex((c) => c.id === cId) : -1;
  if (!tp || index < 0) return { def, removed: null };
  return {
    def: withCriteria(def, tpId, (cs) => cs.filter((c) => c.id !== cId)),
    removed: { touchpointId: tpId, criterion: tp.criteria[index]!, index },
  };
}

export function restoreCriterion(
  def: Definition,
  removed: { touchpointId: string; criterion: Criterion; index: number },
): Definition {
  const tp = def.touchpoints.find((t) => t.id === removed.touchpointId);
  if (!tp || tp.criteria.some((c) => c.id === removed.criterion.id)) return def;
  return withCriteria(def, removed.touchpointId, (cs) => {
    const out = cs.slice();
    out.splice(Math.min(removed.index, out.length), 0, removed.criterion);
    return out;
  });
}

/** The scale a criterion gets when its type changes; custom options and channels start from sensible defaults. */
export function scaleOfType(
  def: Definition,
  type: ScaleType,
  defaults: { options: { label: string; points: number }[]; channels: string[] },
): Scale {
  switch (type) {
    case 'options': {
      const taken = idsInUse(def);
      return {
        type,
        options: defaults.options.map((o) => ({
          id: newId(o.label, 'option', taken),
          label: o.label,
          points: o.points,
        })),
      };
    }
    case 'perChannel':
      return { type, channels: [...defaults.channels] };
    default:
      return { type };
  }
}

export function addOption(def: Definition, scale: Extract<Scale, { type: 'options' }>, label: string): Scale {
  const id = newId(label, 'option', idsInUse(def));
  return { ...scale, options: [...scale.options, { id, label, points: 0 }] };
}
