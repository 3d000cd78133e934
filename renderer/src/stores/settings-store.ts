import { create } from 'zustand';
import type { AppInfo } from '../../../shared/contract';
import type { Language, Settings, SettingsUpdate } from '../../../shared/domain/settings';
import { api } from '../api/api';
import { changeLanguage } from '../i18n/i18n';
import { useSaveStatus } from './save-status-store';

interface SettingsStore {
  language: Language;
  info: AppInfo | null;
  setLanguage(language: Language): Promise<void>;
  /** Everything else in Settings (consultant, accent colour, logo): saved, answered with the new settings. */
  update(changes: SettingsUpdate): Promise<Settings>;
}

export const useSettings = create<SettingsStore>((set) => ({
  language: 'en',
  info: null,
  async setLanguage(language) {
    await changeLanguage(language);
    set({ language });
    await useSaveStatus.getState().track(api().call('settings.update', { language }));
  },
  update: (changes) => useSaveStatus.getState().track(api().call('settings.update', changes)),
}));
