import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../../../shared/api/templates-api';
import { LANGUAGE_NAMES } from '../../i18n/i18n';
import { TableHead, numeric } from '../../components/TableHead';

interface TemplateTableProps {
  caption: string;
  templates: readonly TemplateSummary[];
  testId: string;
  onOpen(t: TemplateSummary): void;
  onDuplicate(t: TemplateSummary): void;
  onExport(t: TemplateSummary): void;
  onDelete?(t: TemplateSummary): void;
}

/** A dense table of templates: what each holds, which version audits use, and what can be done with it. */
export function TemplateTable(props: TemplateTableProps) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => value.toLocaleString(i18n.language);
  return (
    <table className="tpl-table" data-testid={props.testId}>
      <caption className="visually-hidden">{props.caption}</caption>
      <TableHead
        columns={[
          t('templates.columns.name'),
          t('templates.columns.language'),
          numeric(t('templates.columns.stages')),
          numeric(t('templates.columns.touchpoints')),
          numeric(t('templates.columns.criteria')),
          numeric(t('templates.columns.version')),
          numeric(t('templates.columns.audits')),
          <span className="visually-hidden">{t('templates.columns.actions')}</span>,
        ]}
      />
      <tbody>
        {props.templates.map((tpl) => (
          <tr key={tpl.id} data-testid="template-row" data-template-id={tpl.id}>
            <th scope="row" className="tpl-table-name">
              <button type="button" className="tpl-link-btn tpl-open" onClick={() => props.onOpen(tpl)}>
                <span dir="auto">{tpl.name}</span>
              </button>
              {tpl.builtinKey ? <span className="tpl-badge">{t('templates.builtinBadge')}</span> : null}
              {tpl.description ? (
                <span className="tpl-table-desc" dir="auto">
                  {tpl.description}
                </span>
              ) : null}
            </th>
            <td lang={tpl.language}>{LANGUAGE_NAMES[tpl.language]}</td>
            <td className="num">{n(tpl.stages)}</td>
            <td className="num">{n(tpl.touchpoints)}</td>
            <td className="num">{n(tpl.criteria)}</td>
            <td className="num">
              {tpl.latestVersion ? (
                t('templates.versionShort', { version: tpl.latestVersion })
              ) : (
                <span title={t('templates.usageNone')}>—</span>
              )}
            </td>
            <td className="num">{n(tpl.audits)}</td>
            <td className="tpl-table-actions">
              <button
                type="button"
                className="button tpl-btn-small"
                onClick={() => props.onOpen(tpl)}
                aria-label={`${tpl.builtinKey ? t('templates.view') : t('templates.edit')}: ${tpl.name}`}
              >
                {tpl.builtinKey ? t('templates.view') : t('templates.edit')}
              </button>
              <button
                type="button"
                className="button tpl-btn-small"
                onClick={() => props.onDuplicate(tpl)}
                aria-label={`${t('templates.duplicate')}: ${tpl.name}`}
              >
                {t('templates.duplicate')}
              </button>
              <button
                type="button"
                className="button tpl-btn-small"
                onClick={() => props.onExport(tpl)}
                aria-label={`${t('templates.export')}: ${tpl.name}`}
              >
                {t('templates.export')}
              </button>
              {props.onDelete && !tpl.builtinKey ? (
                <button
                  type="button"
                  className="button tpl-btn-small button-danger-outline"
                  onClick={() => props.onDelete!(tpl)}
                  aria-label={t('templates.deleteNamed', { name: tpl.name })}
                >
                  {t('templates.delete')}
                </button>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
