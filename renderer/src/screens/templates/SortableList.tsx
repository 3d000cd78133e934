import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type Modifier,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DragIcon } from './icons';

/** Lists move up and down only; the same in left-to-right and right-to-left layouts. */
const verticalOnly: Modifier = ({ transform }) => ({ ...transform, x: 0 });

interface SortableListProps<T> {
  items: readonly T[];
  itemId(item: T): string;
  itemName(item: T): string;
  onMove(id: string, to: number): void;
  readOnly?: boolean;
  className?: string;
  itemClassName?: string;
  testId?: string;
  children(item: T, index: number, handle: ReactNode): ReactNode;
}

/**
 * A reorderable list: drag by the handle (mouse, touch, or Space then arrows on the handle), or
 * Alt+ArrowUp / Alt+ArrowDown anywhere inside an item. Each move is announced.
 */
export function SortableList<T>(props: SortableListProps<T>) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = props.items.map(props.itemId);
  const nameOf = (id: UniqueIdentifier) => {
    const item = props.items.find((i) => props.itemId(i) === id);
    return item ? props.itemName(item) : String(id);
  };
  const positionOf = (id: UniqueIdentifier) => ids.indexOf(String(id)) + 1;

  const announcements: Announcements = useMemo(
    () => ({
      onDragStart: ({ active }) =>
        t('templates.dnd.pickedUp', { name: nameOf(active.id), position: positionOf(active.id), total: ids.length }),
      onDragOver: ({ active, over }) =>
        over
          ? t('templates.dnd.over', { name: nameOf(active.id), position: positionOf(over.id), total: ids.length })
          : undefined,
      onDragEnd: ({ active, over }) =>
        over
          ? t('templates.moved', { name: nameOf(active.id), position: positionOf(over.id), total: ids.length })
          : t('templates.dnd.cancelled', { name: nameOf(active.id) }),
      onDragCancel: ({ active }) => t('templates.dnd.cancelled', { name: nameOf(active.id) }),
    }),
    // nameOf and positionOf read the current items, which the joined ids stand for.
    [t, ids.join('|')],
  );

  const move = (id: string, to: number) => {
    if (to < 0 || to >= ids.length || ids.indexOf(id) === to) return;
    props.onMove(id, to);
    setAnnouncement(t('templates.moved', { name: nameOf(id), position: to + 1, total: ids.length }));
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    props.onMove(String(active.id), ids.indexOf(String(over.id)));
  };

  const list = (
    <ul className={props.className} data-testid={props.testId}>
      {props.items.map((item, index) => (
        <SortableItem
          key={props.itemId(item)}
          id={props.itemId(item)}
          name={props.itemName(item)}
          index={index}
          readOnly={!!props.readOnly}
          className={props.itemClassName}
          move={move}
        >
          {(handle) => props.children(item, index, handle)}
        </SortableItem>
      ))}
    </ul>
  );

  return (
    <>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        modifiers={[verticalOnly]}
        onDragEnd={onDragEnd}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('templates.dnd.instructions') } }}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy} disabled={!!props.readOnly}>
          {list}
        </SortableContext>
      </DndContext>
      <span className="visually-hidden" aria-live="polite">
        {announcement}
      </span>
    </>
  );
}

interface SortableItemProps {
  id: string;
  name: string;
  index: number;
  readOnly: boolean;
  className: string | undefined;
  move(id: string, to: number): void;
  children(handle: ReactNode): ReactNode;
}

function SortableItem({ id, name, index, readOnly, className, move, children }: SortableItemProps) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id,
    disabled: readOnly,
  });

  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    if (readOnly || !e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
    // The innermost list handles it: a touchpoint inside a stage moves, not the stage.
    e.preventDefault();
    e.stopPropagation();
    move(id, e.key === 'ArrowUp' ? index - 1 : index + 1);
  };

  const handle = readOnly ? null : (
    <button
      type="button"
      className="tpl-handle"
      ref={setActivatorNodeRef}
      {...attributes}
      {...listeners}
      aria-label={t('templates.dragHandle', { name })}
      title={t('templates.reorderHint')}
    >
      <DragIcon />
    </button>
  );

  return (
    <li
      ref={setNodeRef}
      className={`${className ?? ''}${isDragging ? ' is-dragging' : ''}`}
      style={transform ? { transform: CSS.Translate.toString(transform), transition } : { transition }}
      onKeyDown={onKeyDown}
      data-item-id={id}
    >
      {children(handle)}
    </li>
  );
}
