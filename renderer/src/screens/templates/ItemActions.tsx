import { useTranslation } from 'react-i18next';
import { CopyIcon, DownIcon, TrashIcon, UpIcon } from './icons';

/** Move up / move down / duplicate / delete for one item, as small labelled icon buttons. */
export function ItemActions({
  name,
  index,
  count,
  onMove,
  onDuplicate,
  onDelete,
  deleteDisabledReason,
}: {
  name: string;
  index: number;
  count: number;
  onMove(to: number): void;
  onDuplicate?: () => void;
  onDelete(): void;
  deleteDisabledReason?: string | undefined;
}) {
  const { t } = useTranslation();
  const label = name.trim() || t('templates.untitled');
  return (
    <div className="tpl-actions" role="group" aria-label={t('templates.actionsFor', { name: label })}>
      <button
        type="button"
        className="tpl-icon-btn"
        onClick={() => onMove(index - 1)}
        disabled={index === 0}
        aria-label={t('templates.moveUpNamed', { name: label })}
        title={`${t('templates.moveUp')} (Alt+↑)`}
      >
        <UpIcon />
      </button>
      <button
        type="button"
        className="tpl-icon-btn"
        onClick={() => onMove(index + 1)}
        disabled={index >= count - 1}
        aria-label={t('templates.moveDownNamed', { name: label })}
        title={`${t('templates.moveDown')} (Alt+↓)`}
      >
        <DownIcon />
      </button>
      {onDuplicate ? (
        <button
          type="button"
          className="tpl-icon-btn"
          onClick={onDuplicate}
          aria-label={t('templates.duplicateNamed', { name: label })}
          title={t('templates.duplicate')}
        >
          <CopyIcon />
        </button>
      ) : null}
      <button
        type="button"
        className="tpl-icon-btn tpl-icon-btn-danger"
        onClick={onDelete}
        disabled={!!deleteDisabledReason}
        aria-label={t('templates.removeNamed', { name: label })}
        title={deleteDisabledReason ?? t('templates.remove')}
      >
        <TrashIcon />
      </button>
    </div>
  );
}
