import { create } from 'zustand';
import type { TrailIdentity, TrailVerification } from '../../../shared/trail/trail-types';
import { api } from '../api/api';
import { useSaveStatus } from './save-status-store';

/** The audit trail's actions: Verify (recomputes the chain in the backend) and who this device writes as. */
interface TrailStore {
  verification: TrailVerification | null;
  verifying: boolean;
  verify(auditId: string): Promise<TrailVerification>;
  setIdentity(identity: Partial<TrailIdentity>): Promise<TrailIdentity>;
}

export const useTrail = create<TrailStore>((set) => ({
  verification: null,
  verifying: false,
  async verify(auditId) {
    set({ verifying: true });
    try {
      const verification = await api().call('trail.verify', { auditId });
      set({ verification });
      return verification;
    } finally {
      set({ verifying: false });
    }
  },
  setIdentity: (identity) => useSaveStatus.getState().track(api().call('trail.setIdentity', identity)),
}));
