import { create } from 'zustand';
import type { AppInfo } from '../../../shared/contract';
import type { Language } from '../../../shared/domain/settings';
import { api } from '../api/api';
import { changeLanguage } from '../i18n/i18n';
import { useSaveStatus } from './save-status-store';

interface SettingsStore {
  language: Language;
  info: AppInfo | null;
  setLanguage(language: Language): Promise<void>;
}

export const useSettings = create<SettingsStore>((set) => ({
  language: 'en',
  info: null,
  async setLanguage(language) {
    await changeLanguage(language);
    set({ language });
    await useSaveStatus.getState().track(api().call('settings.update', { language }));
  },
}));
