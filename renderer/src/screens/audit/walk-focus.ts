/**
 * Puts the focus on a criterion's answers (the walk's skip link): its chosen answer, else its first answer button
 * or channel field, else the criterion itself (a completed audit's answers are disabled).
 */
export function focusAnswers(row: Element | null | undefined): void {
  if (!(row instanceof HTMLElement)) return;
  const target =
    row.querySelector<HTMLElement>('.answer-button.chosen:not(:disabled)') ??
    row.querySelector<HTMLElement>('.answer-button:not(:disabled), input[data-channel-index]:not(:disabled)') ??
    row;
  target.focus();
  target.scrollIntoView({ block: 'nearest' });
}
