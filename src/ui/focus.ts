/**
 * Moving focus after an action that re-renders what was focused (an editor closed, a card moved).
 * The target may appear only after the list is fetched again; and by then the person may already
 * have moved on (opened the next editor, clicked elsewhere): focus follows the action only while it
 * is still where the action left it (the element that acted, or nowhere once that was removed).
 */

/** How long the target may take to appear before focus is left where it is. */
const WAIT_MS = 3_000;
const STEP_MS = 50;

export function focusLater(id: string): void {
  const from = document.activeElement;
  let waited = 0;
  const attempt = () => {
    const current = document.activeElement;
    const untouched = current === null || current === document.body || current === from;
    if (!untouched) return;
    const target = document.getElementById(id);
    if (target) target.focus();
    else if ((waited += STEP_MS) < WAIT_MS) window.setTimeout(attempt, STEP_MS);
  };
  window.setTimeout(attempt, STEP_MS);
}
