import type { AuditStatus, Emotion } from '../domain/audit';
import type { Language } from '../domain/settings';
import type { TouchpointKind } from '../domain/template';

/**
 * The words an export writes beside its stable codes, in the export's language: a client reads
 * "Frustrated" while a pivot table keys on 2. The backend has no UI catalogs, so they live here,
 * worded as the app's catalogs word them.
 */
export interface ExportWords {
  yes: string;
  no: string;
  na: string;
  emotions: Record<Emotion, string>;
  kinds: Record<TouchpointKind, string>;
  states: Record<'answered' | 'na' | 'unanswered', string>;
  statuses: Record<AuditStatus, string>;
}

export const EXPORT_WORDS: Record<Language, ExportWords> = {
  en: {
    yes: 'Yes',
    no: 'No',
    na: 'N/A',
    emotions: { 1: 'Angry', 2: 'Frustrated', 3: 'Neutral', 4: 'Happy', 5: 'Delighted' },
    kinds: { digital: 'Digital', human: 'Human', physical: 'Physical' },
    states: { answered: 'Answered', na: 'Not applicable', unanswered: 'Not answered' },
    statuses: { draft: 'Draft', in_progress: 'In progress', complete: 'Complete' },
  },
  ar: {
    yes: 'نعم',
    no: 'لا',
    na: 'لا ينطبق',
    emotions: { 1: 'غاضب', 2: 'محبط', 3: 'محايد', 4: 'سعيد', 5: 'مبتهج' },
    kinds: { digital: 'رقمية', human: 'بشرية', physical: 'مادية' },
    states: { answered: 'تمت الإجابة', na: 'لا ينطبق', unanswered: 'بلا إجابة' },
    statuses: { draft: 'مسودة', in_progress: 'قيد التنفيذ', complete: 'مكتمل' },
  },
  ro: {
    yes: 'Da',
    no: 'Nu',
    na: 'N/A',
    emotions: { 1: 'Furios', 2: 'Frustrat', 3: 'Neutru', 4: 'Mulțumit', 5: 'Încântat' },
    kinds: { digital: 'Digital', human: 'Uman', physical: 'Fizic' },
    states: { answered: 'Răspuns', na: 'Nu se aplică', unanswered: 'Fără răspuns' },
    statuses: { draft: 'Ciornă', in_progress: 'În lucru', complete: 'Finalizat' },
  },
};
