import { create } from 'zustand';
import { answerKey } from '../../../shared/audit-progress';
import type { MarkupShape } from '../../../shared/evidence/markup';
import type { AnswerValue, AuditDetail, Emotion, EvidenceItem, TouchpointRecord } from '../../../shared/domain/audit';
import { api } from '../api/api';
import { createWriteQueue } from '../lib/autosave/write-queue';
import type { VisitChanges, VisitMoment } from '../../../shared/domain/visit';
import type { StampResult } from '../../../shared/api/visits-api';
import { useSaveStatus } from './save-status-store';

type RecordField = 'emotion' | 'painPoints' | 'worked' | 'recommendation';
export type AuditPosition = { touchpointId: string; criterionId: string | null };

interface AuditStore {
  audit: AuditDetail | null;
  loading: boolean;
  /** Bumped on every local change so memoised views recompute. */
  revision: number;
  load(id: string): Promise<void>;
  /** `then`: where the walk goes with this answer, saved as the position by the same write. */
  setAnswer(touchpointId: string, criterionId: string, value: AnswerValue | null, then?: AuditPosition): Promise<void>;
  setNote(touchpointId: string, criterionId: string, note: string): Promise<void>;
  setRecord(touchpointId: string, field: RecordField, value: string | Emotion | null): Promise<void>;
  setPosition(touchpointId: string, criterionId: string | null): void;
  /** The mystery-shop visit's fields and one-tap moments, through the same queue as the answers. */
  updateVisit(changes: VisitChanges): Promise<void>;
  stampVisit(moment: VisitMoment, at: string | null): Promise<void>;
  addEvidence(touchpointId: string, file: File): Promise<EvidenceItem>;
  removeEvidence(id: string): Promise<void>;
  /** A photo at display size, as a data URL. */
  /** display: as shown and exported (redacted when marked up); editor: upright and unredacted, for the markup editor. */
  evidenceImage(id: string, variant?: 'display' | 'editor' | 'thumb'): Promise<string>;
  setMarkup(id: string, markup: MarkupShape[] | null): Promise<EvidenceItem>;
  undo(): Promise<{ field: string; touchpointId: string | null; criterionId: string | null } | null>;
  complete(): Promise<void>;
  reopen(reason: string): Promise<void>;
}

const track = <T>(p: Promise<T>) => useSaveStatus.getState().track(p);

/**
 * Writes leave in the order they were made and one at a time: pressing 4 then 5 must store 5,
 * and the position saved last must be where the auditor went last.
 */
const enqueue = createWriteQueue();
/**
 * Where the auditor is goes through the same queue (an answer moves the saved position too, so the order
 * decides where the walk resumes), but only the newest position waiting is sent.
 */
let positionSeq = 0;

function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

/**
 * The open audit. Writes are optimistic: the screen changes at once, the header says Saving, and
 * only the backend's commit turns it to Saved. A refused write is rolled back on screen.
 */
export const useAudit = create<AuditStore>((set, get) => {
  const patch = (fn: (a: AuditDetail) => AuditDetail) => {
    const audit = get().audit;
    if (audit) set({ audit: fn(audit), revision: get().revision + 1 });
  };
  const withRecord = (a: AuditDetail, touchpointId: string, change: Partial<TouchpointRecord>): AuditDetail => {
    const existing = a.records.find((r) => r.touchpointId === touchpointId) ?? {
      touchpointId,
      emotion: null,
      painPoints: '',
      worked: '',
      recommendation: '',
      updatedAt: '',
    };
    return {
      ...a,
      records: [
        ...a.records.filter((r) => r.touchpointId !== touchpointId),
        { ...existing, ...change, updatedAt: new Date().toISOString() },
      ],
    };
  };
  const withAnswer = (
    a: AuditDetail,
    touchpointId: string,
    criterionId: string,
    change: { value?: AnswerValue | null; note?: string },
  ): AuditDetail => {
    const existing = a.answers.find((x) => x.touchpointId === touchpointId && x.criterionId === criterionId) ?? {
      touchpointId,
      criterionId,
      value: null,
      note: '',
      updatedAt: '',
    };
    const key = answerKey(touchpointId, criterionId);
    return {
      ...a,
      answers: [
        ...a.answers.filter((x) => answerKey(x.touchpointId, x.criterionId) !== key),
        { ...existing, ...change, updatedAt: new Date().toISOString() },
      ],
    };
  };
  async function write<T extends { savedAt: string; status: AuditDetail['status'] }>(
    optimistic: (a: AuditDetail) => AuditDetail,
    call: (auditId: string) => Promise<T>,
  ): Promise<void> {
    const before = get().audit;
    if (!before) return;
    patch(optimistic);
    try {
      const auditId = before.id;
      const ack = await track(enqueue(() => call(auditId)));
      // Only a status change (draft -> in progress) is news to the screen; re-rendering the walk for the
      // acknowledgement alone would cost every keypress a second render.
      const open = get().audit;
      if (open?.id === auditId && open.status !== ack.status)
        patch((a) => ({ ...a, status: ack.status, updatedAt: ack.savedAt }));
    } catch (error) {
      // Roll back only the refused change's audit, and only if it is still the one on screen.
      if (get().audit?.id === before.id) set({ audit: before, revision: get().revision + 1 });
      throw error;
    }
  }

  /** A visit write answers with the whole visit (durations included): put it into the open audit. */
  async function visitWrite(call: (auditId: string) => Promise<StampResult>): Promise<void> {
    const auditId = get().audit?.id;
    if (!auditId) return;
    const result = await track(enqueue(() => call(auditId)));
    if (get().audit?.id === auditId)
      patch((a) => ({
        ...a,
        visit: result.visit,
        status: a.status === 'draft' ? 'in_progress' : a.status,
        updatedAt: result.savedAt,
      }));
  }

  return {
    audit: null,
    loading: false,
    revision: 0,
    async load(id) {
      set({ loading: true });
      try {
        set({ audit: await api().call('audits.open', { id }), revision: get().revision + 1 });
      } finally {
        set({ loading: false });
      }
    },
    setAnswer: (touchpointId, criterionId, value, then) =>
      write(
        (a) => {
          const answered = withAnswer(a, touchpointId, criterionId, { value });
          return then ? { ...answered, position: then } : answered;
        },
        (auditId) =>
          api().call('audits.setAnswer', { auditId, touchpointId, criterionId, value, ...(then ? { then } : {}) }),
      ),
    setNote: (touchpointId, criterionId, note) =>
      write(
        (a) => withAnswer(a, touchpointId, criterionId, { note }),
        (auditId) => api().call('audits.setNote', { auditId, touchpointId, criterionId, note }),
      ),
    setRecord: (touchpointId, field, value) =>
      write(
        (a) => withRecord(a, touchpointId, { [field]: value }),
        (auditId) =>
          field === 'emotion'
            ? api().call('audits.setRecord', { auditId, touchpointId, field, value: value as number | null })
            : api().call('audits.setRecord', { auditId, touchpointId, field, value: String(value ?? '') }),
      ),
    updateVisit: (changes) => visitWrite((auditId) => api().call('visits.update', { auditId, changes })),
    stampVisit: (moment, at) => visitWrite((auditId) => api().call('visits.stamp', { auditId, moment, at })),
    setPosition(touchpointId, criterionId) {
      const audit = get().audit;
      if (!audit || audit.status === 'complete') return;
      patch((a) => ({ ...a, position: { touchpointId, criterionId } }));
      const seq = ++positionSeq;
      void enqueue(() =>
        seq === positionSeq
          ? api().call('audits.setPosition', { auditId: audit.id, touchpointId, criterionId })
          : Promise.resolve(null),
      ).catch(() => undefined);
    },
    async addEvidence(touchpointId, file) {
      const audit = get().audit!;
      const dataBase64 = await base64Of(file);
      const item = await track(
        enqueue(() => api().call('evidence.add', { auditId: audit.id, touchpointId, fileName: file.name, dataBase64 })),
      );
      patch((a) => ({
        ...a,
        evidence: [...a.evidence, item],
        status: a.status === 'draft' ? 'in_progress' : a.status,
      }));
      return item;
    },
    evidenceImage: async (id, variant = 'display') => (await api().call('evidence.image', { id, variant })).dataUrl,
    async setMarkup(id, markup) {
      const item = await track(enqueue(() => api().call('evidence.setMarkup', { id, markup })));
      patch((a) => ({ ...a, evidence: a.evidence.map((e) => (e.id === id ? item : e)) }));
      return item;
    },
    async removeEvidence(id) {
      await track(enqueue(() => api().call('evidence.remove', { id })));
      patch((a) => ({ ...a, evidence: a.evidence.filter((e) => e.id !== id) }));
    },
    async undo() {
      const auditId = get().audit!.id;
      const result = await track(enqueue(() => api().call('audits.undo', { auditId })));
      set({ audit: result.audit, revision: get().revision + 1 });
      return result.undone;
    },
    async complete() {
      const id = get().audit!.id;
      const audit = await track(enqueue(() => api().call('audits.complete', { id })));
      set({ audit, revision: get().revision + 1 });
    },
    async reopen(reason) {
      const id = get().audit!.id;
      const audit = await track(enqueue(() => api().call('audits.reopen', { id, reason })));
      set({ audit, revision: get().revision + 1 });
    },
  };
});
