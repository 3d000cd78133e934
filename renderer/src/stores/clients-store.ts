import { create } from 'zustand';
import type { Client, ClientFieldsInput } from '../../../shared/domain/client';
import { api } from '../api/api';
import { useSaveStatus } from './save-status-store';

interface ClientsStore {
  clients: Client[];
  loaded: boolean;
  includeArchived: boolean;
  selectedId: string | null;
  load(): Promise<void>;
  setIncludeArchived(value: boolean): Promise<void>;
  select(id: string | null): void;
  create(fields: ClientFieldsInput): Promise<Client>;
  update(id: string, changes: Partial<ClientFieldsInput>): Promise<Client>;
  setArchived(id: string, archived: boolean): Promise<Client>;
  remove(id: string): Promise<void>;
  /** One client, archived or not (the list may not hold it). */
  fetch(id: string): Promise<Client>;
}

const track = <T>(p: Promise<T>) => useSaveStatus.getState().track(p);

export const useClients = create<ClientsStore>((set, get) => {
  const replace = (client: Client) => {
    const visible = get().includeArchived || !client.archived;
    const others = get().clients.filter((c) => c.id !== client.id);
    const clients = visible ? [...others, client] : others;
    clients.sort(
      (a, b) =>
        Number(a.archived) - Number(b.archived) || a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }),
    );
    set({ clients });
  };
  return {
    clients: [],
    loaded: false,
    includeArchived: false,
    selectedId: null,
    async load() {
      const clients = await api().call('clients.list', { includeArchived: get().includeArchived });
      set({ clients, loaded: true });
    },
    async setIncludeArchived(value) {
      set({ includeArchived: value });
      await get().load();
    },
    select: (id) => set({ selectedId: id }),
    async create(fields) {
      const client = await track(api().call('clients.create', fields));
      replace(client);
      set({ selectedId: client.id });
      return client;
    },
    async update(id, changes) {
      const client = await track(api().call('clients.update', { id, changes }));
      replace(client);
      return client;
    },
    async setArchived(id, archived) {
      const client = await track(api().call('clients.setArchived', { id, archived }));
      replace(client);
      if (archived && !get().includeArchived && get().selectedId === id) set({ selectedId: null });
      return client;
    },
    fetch: (id) => api().call('clients.get', { id }),
    async remove(id) {
      await track(api().call('clients.delete', { id }));
      set({
        clients: get().clients.filter((c) => c.id !== id),
        selectedId: get().selectedId === id ? null : get().selectedId,
      });
    },
  };
});
