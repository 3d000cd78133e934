import * as Dialog from '@radix-ui/react-dialog';
import { useTranslation } from 'react-i18next';
import { touchpointKeysLabel } from './walk-keys';

/** The keys and what they do; the touchpoint arrows follow the reading direction. */
const keysFor = (rtl: boolean): [string, string][] => [
  ['1 … 5, 0 … 10', 'walk.keys.digits'],
  ['1 / 2', 'walk.keys.yesno'],
  ['N', 'walk.keys.na'],
  ['1 … 9', 'walkKeys.channel'],
  ['Tab', 'walkKeys.tab'],
  ['↓ J · ↑ K', 'walk.keys.criteria'],
  // Next first, as in the row above.
  [touchpointKeysLabel(rtl), 'walk.keys.touchpoints'],
  ['Enter', 'walk.keys.note'],
  ['Esc', 'walk.keys.escape'],
  ['Shift + 1 … 5', 'walk.keys.emotion'],
  ['Backspace', 'walk.keys.clear'],
  ['Ctrl + Z', 'walk.keys.undo'],
  ['?', 'walk.keys.help'],
];

export function KeyboardHelp({ open, onOpenChange }: { open: boolean; onOpenChange(open: boolean): void }) {
  const { t, i18n } = useTranslation();
  const rtl = i18n.dir() === 'rtl';
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog" data-testid="keyboard-help">
          <Dialog.Title className="dialog-title">{t('walk.keys.title')}</Dialog.Title>
          <Dialog.Description className="dialog-body">{t('walk.keys.intro')}</Dialog.Description>
          <table className="keys-table">
            <tbody>
              {keysFor(rtl).map(([keys, label]) => (
                <tr key={label}>
                  <th scope="row">
                    <kbd dir="ltr">{keys}</kbd>
                  </th>
                  <td>{t(label)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="dialog-actions">
            <Dialog.Close className="button">{t('common.close')}</Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
