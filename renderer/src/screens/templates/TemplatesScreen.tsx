import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEMPLATE_FILE_MAX_CHARS, type TemplateSummary } from '../../../../shared/api/templates-api';
import { LANGUAGES, type Language } from '../../../../shared/domain/settings';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Toast, type ToastMessage } from '../../components/Toast';
import { downloadText, readFileAsText } from '../../lib/download';
import { apiErrorOf, describeError } from '../../lib/field-errors';
import { LANGUAGE_NAMES } from '../../i18n/i18n';
import { useRoute } from '../../stores/route-store';
import { useSettings } from '../../stores/settings-store';
import { useTemplates } from '../../stores/templates-store';
import { copyName } from './copy-name';
import { TemplateTable } from './TemplateTable';

type LanguageFilter = Language | 'all';
const FILTER_KEY = 'journey-audit.templates-language';

/**
 * The template library: the built-in templates (read-only, "Duplicate to edit") and the user's own,
 * with import and export of template files.
 */
export function TemplatesScreen() {
  const { t } = useTranslation();
  const go = useRoute((s) => s.go);
  const { templates, loaded, load, duplicate, remove, importFile, exportFile } = useTemplates();
  const uiLanguage = useSettings((s) => s.language);
  // Until the user picks a language, the library shows templates in the interface's language.
  const [picked, setPicked] = useState<LanguageFilter | null>(
    () => sessionStorage.getItem(FILTER_KEY) as LanguageFilter | null,
  );
  const filter: LanguageFilter = picked ?? uiLanguage;
  const [loadError, setLoadError] = useState<string | null>(null);
  const [importError, setImportError] = useState<{ file: string; text: string; detail: string } | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const [toDelete, setToDelete] = useState<TemplateSummary | null>(null);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    load().catch((error: unknown) => setLoadError(describeError(t, apiErrorOf(error))));
  }, [load, t]);

  const visible = useMemo(
    () => (filter === 'all' ? templates : templates.filter((x) => x.language === filter)),
    [templates, filter],
  );
  const builtin = visible.filter((x) => x.builtinKey);
  const own = visible.filter((x) => !x.builtinKey);
  const ownAtAll = templates.some((x) => !x.builtinKey);

  const closeToast = useCallback(() => setToast(null), []);
  const changeFilter = (value: LanguageFilter) => {
    setPicked(value);
    sessionStorage.setItem(FILTER_KEY, value);
  };

  const open = (tpl: TemplateSummary) => go({ name: 'template', id: tpl.id });
  const onDuplicate = async (tpl: TemplateSummary) => {
    setActionError(null);
    try {
      const copy = await duplicate(tpl.id, copyName(t, tpl.name, new Set(templates.map((x) => x.name))));
      go({ name: 'template', id: copy.id });
    } catch (error) {
      setActionError(describeError(t, apiErrorOf(error)));
    }
  };
  const onExport = async (tpl: TemplateSummary) => {
    setActionError(null);
    try {
      const file = await exportFile(tpl.id);
      downloadText(file.fileName, file.text);
    } catch (error) {
      setActionError(describeError(t, apiErrorOf(error)));
    }
  };
  const onDelete = async (tpl: TemplateSummary) => {
    setActionError(null);
    try {
      await remove(tpl.id);
      setToast({
        id: Date.now(),
        text:
          tpl.audits > 0
            ? t('templates.archivedToast', { name: tpl.name })
            : t('templates.deletedToast', { name: tpl.name }),
      });
    } catch (error) {
      setActionError(describeError(t, apiErrorOf(error)));
    }
  };

  const onImport = async (file: File | undefined) => {
    if (!file) return;
    setImportError(null);
    setActionError(null);
    setImporting(true);
    try {
      const text = await readFileAsText(file);
      if (text.length > TEMPLATE_FILE_MAX_CHARS) {
        setImportError({ file: file.name, text: t('templates.importTooLarge'), detail: '' });
        return;
      }
      const imported = await importFile(file.name, text);
      setToast({
        id: Date.now(),
        text: t('templates.importedToast', { name: imported.name }),
        actionLabel: t('templates.open'),
        onAction: () => go({ name: 'template', id: imported.id }),
      });
    } catch (error) {
      const apiError = apiErrorOf(error);
      const text = apiError.code === 'VALIDATION' ? t('templates.importTooLarge') : t(`errors.${apiError.code}`);
      setImportError({ file: file.name, text, detail: apiError.code === 'INVALID_FILE' ? apiError.message : '' });
    } finally {
      setImporting(false);
      if (fileInput.current) fileInput.current.value = ''; // the same file can be picked again after fixing it
    }
  };

  return (
    <main className="tpl-library" data-testid="templates-screen">
      <header className="tpl-library-head">
        <div>
          <h1>{t('templates.title')}</h1>
          <p className="muted small">{t('templates.intro')}</p>
        </div>
        <div className="tpl-library-tools">
          <label className="tpl-filter">
            <span>{t('templates.filterLanguage')}</span>
            <select
              value={filter}
              onChange={(e) => changeFilter(e.target.value as LanguageFilter)}
              data-testid="template-language-filter"
            >
              <option value="all">{t('templates.allLanguages')}</option>
              {LANGUAGES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {LANGUAGE_NAMES[l]}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="button button-primary"
            onClick={() => fileInput.current?.click()}
            disabled={importing}
            aria-describedby="tpl-import-hint"
          >
            {importing ? t('templates.importing') : t('templates.import')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
            data-testid="template-import-input"
            onChange={(e) => void onImport(e.target.files?.[0])}
          />
          <span id="tpl-import-hint" className="visually-hidden">
            {t('templates.importHint')}
          </span>
        </div>
      </header>

      <div aria-live="assertive" className="tpl-alerts">
        {importError ? (
          <div className="tpl-alert" role="alert" data-testid="import-error">
            <p className="tpl-alert-title">{t('templates.importFailed', { file: importError.file })}</p>
            <p>{importError.text}</p>
            {importError.detail ? (
              <p className="tpl-alert-detail" dir="auto">
                {importError.detail}
              </p>
            ) : null}
            <button type="button" className="button tpl-btn-small" onClick={() => setImportError(null)}>
              {t('common.close')}
            </button>
          </div>
        ) : null}
        {actionError || loadError ? (
          <p className="form-error" role="alert">
            {actionError ?? loadError}
          </p>
        ) : null}
      </div>

      {!loaded ? (
        <p className="muted">{t('templates.loading')}</p>
      ) : (
        <>
          <section className="tpl-section" aria-labelledby="tpl-own-title">
            <h2 id="tpl-own-title">
              {t('templates.ownSection')} <span className="tpl-row-count">{own.length}</span>
            </h2>
            {own.length > 0 ? (
              <TemplateTable
                caption={t('templates.ownSection')}
                templates={own}
                testId="own-templates"
                onOpen={open}
                onDuplicate={(x) => void onDuplicate(x)}
                onExport={(x) => void onExport(x)}
                onDelete={setToDelete}
              />
            ) : (
              <div className="tpl-empty" data-testid="own-templates-empty">
                <p className="tpl-empty-title">
                  {ownAtAll ? t('templates.noneInLanguage') : t('templates.ownEmptyTitle')}
                </p>
                <p className="muted">{t('templates.ownEmptyBody')}</p>
              </div>
            )}
          </section>
          <section className="tpl-section" aria-labelledby="tpl-builtin-title">
            <h2 id="tpl-builtin-title">
              {t('templates.builtinSection')} <span className="tpl-row-count">{builtin.length}</span>
            </h2>
            <p className="muted small">{t('templates.builtinIntro')}</p>
            {builtin.length > 0 ? (
              <TemplateTable
                caption={t('templates.builtinSection')}
                templates={builtin}
                testId="builtin-templates"
                onOpen={open}
                onDuplicate={(x) => void onDuplicate(x)}
                onExport={(x) => void onExport(x)}
              />
            ) : (
              <p className="muted">{t('templates.noneInLanguage')}</p>
            )}
          </section>
        </>
      )}

      <ConfirmDialog
        open={!!toDelete}
        onOpenChange={(o) => !o && setToDelete(null)}
        title={t('templates.deleteTitle', { name: toDelete?.name ?? '' })}
        body={
          toDelete && toDelete.audits > 0
            ? t('templates.deleteBodyUsed', { count: toDelete.audits })
            : t('templates.deleteBody')
        }
        confirmLabel={t('templates.deleteConfirm')}
        cancelLabel={t('templates.cancel')}
        onConfirm={() => {
          if (toDelete) void onDelete(toDelete);
          setToDelete(null);
        }}
      />
      <Toast toast={toast} onDone={closeToast} />
    </main>
  );
}
