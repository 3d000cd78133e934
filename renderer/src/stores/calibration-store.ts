import { create } from 'zustand';
import type { CalibrationImportResult } from '../../../shared/api/calibration-api';
import type { CalibrationSessionView } from '../../../shared/calibration/calibration-types';
import { CALIBRATION_PACKAGE_MIME } from '../../../shared/calibration/calibration-package';
import type { MethodInput } from '../../../shared/contract';
import type { AnswerValue } from '../../../shared/domain/audit';
import { api } from '../api/api';
import { downloadBase64 } from '../lib/download';
import { useSaveStatus } from './save-status-store';

interface CalibrationStore {
  create(input: MethodInput<'calibration.create'>): Promise<CalibrationSessionView>;
  setAnswer(
    sessionId: string,
    rater: string,
    touchpointId: string,
    criterionId: string,
    value: AnswerValue | null,
  ): Promise<void>;
  setConsensus(
    sessionId: string,
    touchpointId: string,
    criterionId: string,
    value: AnswerValue | null,
    note: string,
  ): Promise<void>;
  /** Downloads the session (for the raters' laptops) or one rater's answers (back to the lead). */
  exportPackage(sessionId: string, rater?: string): Promise<{ fileName: string; answers: number }>;
  importPackage(fileName: string, base64: string): Promise<CalibrationImportResult>;
}

/** Rater calibration's writes; the screens read sessions with useApiQuery, refreshed by calibration.changed. */
export const useCalibration = create<CalibrationStore>(() => ({
  create: (input) => api().call('calibration.create', input),
  async setAnswer(sessionId, rater, touchpointId, criterionId, value) {
    await useSaveStatus
      .getState()
      .track(api().call('calibration.setAnswer', { sessionId, rater, touchpointId, criterionId, value }));
  },
  async setConsensus(sessionId, touchpointId, criterionId, value, note) {
    await useSaveStatus
      .getState()
      .track(api().call('calibration.setConsensus', { sessionId, touchpointId, criterionId, value, note }));
  },
  async exportPackage(sessionId, rater) {
    const out = await api().call('calibration.exportPackage', rater ? { sessionId, rater } : { sessionId });
    downloadBase64(out.fileName, out.base64, CALIBRATION_PACKAGE_MIME);
    return out;
  },
  importPackage: (fileName, base64) => api().call('calibration.importPackage', { fileName, base64 }),
}));
