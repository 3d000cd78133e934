import type { z } from 'zod';

/** The part of a zod schema's definition the defaults are found in. */
interface Def {
  type: string;
  shape?: Record<string, Schema>;
  element?: Schema;
  innerType?: Schema;
  options?: Schema[];
  discriminator?: string;
  defaultValue?: unknown;
  values?: unknown[];
}
interface Schema {
  _zod: { def: Def };
}

/** Fills one value in place (returning it, or the default it stood for); null: nothing below has a default. */
type Filler = (value: unknown) => unknown;
/** A part whose output cannot be told from a stored value (a transform, a lazy or plain union with defaults). */
const CANNOT = Symbol('cannot fill without parsing');
type Plan = Filler | null | typeof CANNOT;

const plans = new WeakMap<Schema, Plan>();

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function planOf(schema: Schema): Plan {
  let plan = plans.get(schema);
  if (plan === undefined) plans.set(schema, (plan = makePlan(schema._zod.def)));
  return plan;
}

function makePlan(def: Def): Plan {
  switch (def.type) {
    case 'default': {
      const inner = planOf(def.innerType!);
      if (inner === CANNOT) return CANNOT;
      // zod's defaultValue hands out a fresh copy each time it is read.
      return (v) => (v === undefined ? def.defaultValue : inner ? inner(v) : v);
    }
    case 'optional':
    case 'nullable':
    case 'readonly': {
      const inner = planOf(def.innerType!);
      if (inner === CANNOT || inner === null) return inner;
      return (v) => (v === undefined || v === null ? v : inner(v));
    }
    case 'object': {
      const keys: string[] = [];
      const fills: Filler[] = [];
      for (const [key, field] of Object.entries(def.shape!)) {
        const plan = planOf(field);
        if (plan === CANNOT) return CANNOT;
        if (plan) {
          keys.push(key);
          fills.push(plan);
        }
      }
      if (!keys.length) return null;
      // An index loop without destructuring, writing only what changed: a stored outline is filled once per start,
      // hundreds of touchpoints in code not yet optimised (0.18 -> 0.15 ms for a 120-touchpoint outline, probe).
      return (v) => {
        if (!isObject(v)) return v;
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i]!;
          const current = v[key];
          const filled = fills[i]!(current);
          if (filled !== current && filled !== undefined) v[key] = filled;
        }
        return v;
      };
    }
    case 'array': {
      const element = planOf(def.element!);
      if (element === CANNOT || element === null) return element;
      return (v) => {
        if (Array.isArray(v)) for (let i = 0; i < v.length; i++) v[i] = element(v[i]);
        return v;
      };
    }
    case 'union': {
      const options = def.options!.map(planOf);
      if (options.every((p) => p === null)) return null;
      if (options.includes(CANNOT) || !def.discriminator) return CANNOT;
      const key = def.discriminator;
      const byTag = new Map<unknown, Filler | null>();
      def.options!.forEach((option, i) => {
        for (const tag of option._zod.def.shape?.[key]?._zod.def.values ?? [])
          byTag.set(tag, options[i] as Filler | null);
      });
      return (v) => {
        const fill = isObject(v) ? byTag.get(v[key]) : null;
        return fill ? fill(v) : v;
      };
    }
    case 'pipe':
    case 'transform':
    case 'lazy':
    case 'intersection':
    case 'record':
    case 'map':
    case 'set':
    case 'tuple':
    case 'catch':
    case 'prefault':
      return CANNOT;
    default:
      // Strings, numbers, enums, literals...: nothing inside to fill.
      return null;
  }
}

/**
 * A value this app stored after `schema` accepted it, read back: the defaults of fields the schema
 * gained since it was stored are filled in (from the schema itself, the one place they are
 * written), and nothing is validated again. Parsing a 1,000-criterion template with zod costs tens
 * of milliseconds, and the first dashboard after a start waits for it. A schema whose output
 * cannot be told this way (a transform, a lazy part) is parsed as usual.
 */
export function withStoredDefaults<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const plan = planOf(schema as unknown as Schema);
  if (plan === CANNOT) return schema.parse(value);
  return (plan ? plan(value) : value) as z.output<S>;
}
