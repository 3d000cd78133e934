import { useCallback, useState } from 'react';
import type { Selection } from './TemplateOutline';

const selectionKey = (id: string) => `journey-audit.template-selection.${id}`;

function readSelection(id: string): Selection {
  try {
    const raw = sessionStorage.getItem(selectionKey(id));
    return raw ? (JSON.parse(raw) as Selection) : { kind: 'settings' };
  } catch {
    return { kind: 'settings' };
  }
}

/** What the editor shows (kept across a reload of the tab) and which freshly added item takes the focus. */
export function useTemplateSelection(templateId: string) {
  const [selection, setSelection] = useState<Selection>(() => readSelection(templateId));
  const [focusId, setFocusId] = useState<string | null>(null);
  const select = useCallback(
    (next: Selection, focus: string | null = null) => {
      setSelection(next);
      setFocusId(focus);
      try {
        sessionStorage.setItem(selectionKey(templateId), JSON.stringify(next));
      } catch {
        /* private mode: selection is just not remembered */
      }
    },
    [templateId],
  );
  return { selection, focusId, setFocusId, select };
}

export type TemplateSelection = ReturnType<typeof useTemplateSelection>;
