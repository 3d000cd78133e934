import { create } from 'zustand';
import type { TemplateDetail, TemplateSummary } from '../../../shared/api/templates-api';
import type { TemplateDefinition } from '../../../shared/domain/template';
import { api } from '../api/api';
import { createWriteQueue } from '../lib/autosave/write-queue';
import { useSaveStatus } from './save-status-store';

interface TemplatesStore {
  templates: TemplateSummary[];
  loaded: boolean;
  load(): Promise<void>;
  get(id: string): Promise<TemplateDetail>;
  duplicate(id: string, name?: string): Promise<TemplateDetail>;
  update(id: string, definition: TemplateDefinition): Promise<TemplateDetail>;
  remove(id: string): Promise<void>;
  importFile(fileName: string, text: string): Promise<TemplateDetail>;
  exportFile(id: string): Promise<{ fileName: string; text: string }>;
}

const track = <T>(p: Promise<T>) => useSaveStatus.getState().track(p);
/** A template's saves leave one at a time, in order (the newest definition is the one stored); an export waits behind them. */
const enqueue = createWriteQueue();

export const useTemplates = create<TemplatesStore>((set, get) => ({
  templates: [],
  loaded: false,
  async load() {
    set({ templates: await api().call('templates.list', {}), loaded: true });
  },
  get: (id) => api().call('templates.get', { id }),
  async duplicate(id, name) {
    const detail = await track(api().call('templates.duplicate', name ? { id, name } : { id }));
    await get().load();
    return detail;
  },
  async update(id, definition) {
    const detail = await track(enqueue(() => api().call('templates.update', { id, definition })));
    set({
      templates: get().templates.map((t) =>
        t.id === id
          ? {
              ...t,
              name: detail.name,
              touchpoints: detail.touchpoints,
              criteria: detail.criteria,
              stages: detail.stages,
            }
          : t,
      ),
    });
    return detail;
  },
  async remove(id) {
    await track(api().call('templates.delete', { id }));
    await get().load();
  },
  async importFile(fileName, text) {
    const detail = await track(api().call('templates.import', { fileName, text }));
    await get().load();
    return detail;
  },
  exportFile: (id) => enqueue(() => api().call('templates.export', { id })),
}));
