import { create } from 'zustand';
import type { Wave } from '../../../shared/domain/visit';
import { api } from '../api/api';
import { useSaveStatus } from './save-status-store';

/** The writes of the wave screens: creating a wave and the lead's review of a visit. Reads go through useApiQuery. */
interface WavesStore {
  create(input: { clientId: string; name: string; startsOn: string | null; endsOn: string | null }): Promise<Wave>;
  review(auditId: string, decision: 'reviewed' | 'returned', comment: string): Promise<void>;
}

const track = <T>(p: Promise<T>) => useSaveStatus.getState().track(p);

export const useWaves = create<WavesStore>(() => ({
  create: (input) => track(api().call('waves.create', input)),
  review: async (auditId, decision, comment) => {
    await track(
      decision === 'reviewed'
        ? api().call('visits.review', { auditId, decision, comment: '' })
        : api().call('visits.review', { auditId, decision, comment }),
    );
  },
}));
