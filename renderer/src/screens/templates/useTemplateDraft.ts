import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateDetail } from '../../../../shared/api/templates-api';
import type { ApiError } from '../../../../shared/result';
import { useAutosave } from '../../lib/autosave/use-autosave';
import { apiErrorOf } from '../../lib/field-errors';
import { useTemplates } from '../../stores/templates-store';
import type { TemplateFields } from './controls';
import type { Definition } from './template-edit';
import { problemIndex, problemsFromIssues, type TemplateProblem } from './template-errors';

/**
 * A template being edited: loaded once, edited as a working copy, and saved whole through the one
 * autosave of the app (debounced while typing, at once on blur, route change and page hide). What
 * the backend refuses comes back as problems tied to the fields they name.
 */
export function useTemplateDraft(templateId: string) {
  const { t } = useTranslation();
  const getTemplate = useTemplates((s) => s.get);
  const update = useTemplates((s) => s.update);
  const loadList = useTemplates((s) => s.load);
  const [detail, setDetail] = useState<TemplateDetail | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<Definition | null>(null);
  const [problems, setProblems] = useState<TemplateProblem[]>([]);
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const readOnly = detail?.builtinKey != null;

  useEffect(() => {
    let live = true;
    getTemplate(templateId).then(
      (d) => {
        if (!live) return;
        setDetail(d);
        setSaved(d.definition);
      },
      (error: unknown) => live && setLoadError(apiErrorOf(error)),
    );
    if (!useTemplates.getState().loaded) void loadList().catch(() => undefined);
    return () => {
      live = false;
    };
  }, [templateId, getTemplate, loadList]);

  const saveKey = `template:${templateId}`;
  const latestSent = useRef<Definition | null>(null);
  const autosave = useAutosave<Definition | null>({
    key: saveKey,
    saved,
    disabled: readOnly || saved === null,
    async save(definition) {
      if (!definition) return;
      latestSent.current = definition;
      try {
        const next = await update(templateId, definition);
        // An older write answered while a newer one is on its way: the newer one's answer counts.
        if (latestSent.current !== definition) return;
        setDetail(next);
        setSaved(definition);
        setProblems([]);
        setSaveError(null);
      } catch (error) {
        if (latestSent.current !== definition) throw error;
        const apiError = apiErrorOf(error);
        const listed = apiError.code === 'VALIDATION' && apiError.issues?.length;
        setProblems(listed ? problemsFromIssues(t, apiError.issues!, definition) : []);
        setSaveError(listed ? null : apiError);
        throw error;
      }
    },
  });

  // The newest working copy, for edits made before React renders the previous one.
  const draftRef = useRef<Definition | null>(null);
  useEffect(() => {
    draftRef.current = autosave.value;
  }, [autosave.value]);
  const { change: changeValue } = autosave;

  /** Applies an edit to the working copy and schedules its save. */
  const change = useCallback(
    (fn: (d: Definition) => Definition) => {
      const current = draftRef.current;
      if (!current || readOnly) return;
      const next = fn(current);
      if (next === current) return;
      draftRef.current = next;
      changeValue(next);
    },
    [readOnly, changeValue],
  );

  const errors = useMemo(() => problemIndex(problems), [problems]);
  const fields = useMemo<TemplateFields>(
    () => ({ saveKey, saveState: autosave.state?.kind ?? 'saved', errors }),
    [saveKey, autosave.state, errors],
  );

  return {
    detail,
    loadError,
    draft: autosave.value,
    draftRef,
    readOnly,
    change,
    flush: autosave.flush,
    problems,
    saveError,
    errors,
    fields,
  };
}

export type TemplateDraft = ReturnType<typeof useTemplateDraft>;
