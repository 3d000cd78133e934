import { create } from 'zustand';
import {
  localIsoDate,
  sortActions,
  type Action,
  type ActionChanges,
  type ActionFieldsInput,
} from '../../../shared/domain/action';
import { api } from '../api/api';
import { useSaveStatus } from './save-status-store';
import { coalesced } from '../lib/coalesce';

/** A linked audit's touchpoints in journey order, to name them and to choose among them. */
export interface AuditTouchpoints {
  title: string;
  touchpoints: { id: string; name: string }[];
}

interface ActionsStore {
  byClient: Record<string, Action[]>;
  /** By audit id; loaded on demand for the audits the actions point at. */
  audits: Record<string, AuditTouchpoints | null>;
  loadClient(clientId: string): Promise<void>;
  loadAudit(auditId: string): Promise<AuditTouchpoints | null>;
  create(fields: ActionFieldsInput): Promise<Action>;
  update(action: Action, changes: ActionChanges): Promise<Action>;
  remove(action: Action): Promise<void>;
  /** Puts a deleted action back (as a new action with the same fields): the Undo of a delete. */
  restore(action: Action): Promise<Action>;
}

const track = <T>(p: Promise<T>) => useSaveStatus.getState().track(p);
const today = () => localIsoDate(new Date());

let subscribed = false;
const pendingAudits = new Map<string, Promise<AuditTouchpoints | null>>();

export const useActions = create<ActionsStore>((set, get) => {
  const put = (clientId: string, list: Action[]) =>
    set({ byClient: { ...get().byClient, [clientId]: sortActions(list, today()) } });
  const replace = (action: Action) =>
    put(action.clientId, [...(get().byClient[action.clientId] ?? []).filter((a) => a.id !== action.id), action]);

  /** Another window, the walk or an audit's deletion changed a client's plan: reload it if it is shown. */
  const subscribe = () => {
    if (subscribed) return;
    subscribed = true;
    const reloads = new Map<string, () => void>();
    const reload = ({ clientId }: { clientId: string }) => {
      if (!get().byClient[clientId]) return;
      let run = reloads.get(clientId);
      if (!run) {
        run = coalesced(
          () =>
            void get()
              .loadClient(clientId)
              .catch(() => undefined),
        );
        reloads.set(clientId, run);
      }
      run();
    };
    api().on('actions.changed', reload);
    api().on('audits.changed', (payload) => {
      // A new map only when it held this audit: every subscriber re-renders on a new one, and the walk sends this per answer.
      if (payload.id in get().audits) {
        const { [payload.id]: _stale, ...rest } = get().audits;
        set({ audits: rest });
      }
      reload(payload);
    });
  };

  return {
    byClient: {},
    audits: {},
    async loadClient(clientId) {
      subscribe();
      put(clientId, await api().call('actions.list', { clientId }));
    },
    loadAudit(auditId) {
      const known = get().audits[auditId];
      if (known !== undefined) return Promise.resolve(known);
      const pending = pendingAudits.get(auditId);
      if (pending) return pending;
      const load = api()
        .call('audits.get', { id: auditId })
        .then(
          (audit): AuditTouchpoints => {
            const order = new Map(audit.definition.stages.map((s, i) => [s.id, i]));
            const touchpoints = [...audit.definition.touchpoints]
              .map((tp, i) => ({ tp, i }))
              .sort((a, b) => (order.get(a.tp.stageId) ?? 0) - (order.get(b.tp.stageId) ?? 0) || a.i - b.i)
              .map(({ tp }) => ({ id: tp.id, name: tp.name }));
            return { title: audit.title, touchpoints };
          },
          () => null,
        )
        .then((value) => {
          pendingAudits.delete(auditId);
          set({ audits: { ...get().audits, [auditId]: value } });
          return value;
        });
      pendingAudits.set(auditId, load);
      return load;
    },
    async create(fields) {
      const action = await track(api().call('actions.create', fields));
      replace(action);
      return action;
    },
    async update(action, changes) {
      // Optimistic: the row changes at once; a refused change is put back.
      replace({ ...action, ...changes });
      try {
        const saved = await track(api().call('actions.update', { id: action.id, changes }));
        replace(saved);
        return saved;
      } catch (error) {
        replace(action);
        throw error;
      }
    },
    async remove(action) {
      put(
        action.clientId,
        (get().byClient[action.clientId] ?? []).filter((a) => a.id !== action.id),
      );
      try {
        await track(api().call('actions.delete', { id: action.id }));
      } catch (error) {
        replace(action);
        throw error;
      }
    },
    async restore(action) {
      const { clientId, auditId, touchpointId, criterionId, title, detail, owner, dueDate, priority, status } = action;
      return get().create({
        clientId,
        auditId,
        touchpointId,
        criterionId,
        title,
        detail,
        owner,
        dueDate,
        priority,
        status,
      });
    },
  };
});
