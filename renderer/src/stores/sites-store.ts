import { create } from 'zustand';
import type { Site } from '../../../shared/domain/visit';
import type { MethodInput } from '../../../shared/contract';
import { api } from '../api/api';
import { useSaveStatus } from './save-status-store';

interface SitesStore {
  create(input: MethodInput<'sites.create'>): Promise<Site>;
}

/** A client's sites (branches, shops): the calls that change them. */
export const useSites = create<SitesStore>(() => ({
  create: (input) => useSaveStatus.getState().track(api().call('sites.create', input)),
}));
