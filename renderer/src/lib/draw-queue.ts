/**
 * Heavy parts of a screen (charts, a screen's later sections) drawn one at a time, each in a task of
 * its own with a paint between them: a screen of eight charts then never holds the window's thread
 * for the sum of them, and what is already drawn stays usable while the rest arrives.
 */
const waiting: (() => void)[] = [];
/** The draw in progress (0: none); a part that never reports back is passed over after a while. */
let current = 0;
let currentDraw: (() => void) | null = null;
let counter = 0;
const GIVE_UP_MS = 250;

function drawNext(): void {
  const draw = waiting.shift();
  currentDraw = draw ?? null;
  if (!draw) {
    current = 0;
    return;
  }
  const mine = (current = ++counter);
  draw();
  setTimeout(() => current === mine && drawNext(), GIVE_UP_MS);
}

/** The next part draws after the browser has painted the one in progress. */
function nextAfterPaint(): void {
  const mine = current;
  currentDraw = null;
  requestAnimationFrame(() => setTimeout(() => current === mine && drawNext(), 0));
}

/**
 * Queues `draw` (a state update that mounts the part); the part calls `drawn()` once it has
 * committed. Returns a cancel for a part that unmounts or no longer needs its turn: a waiting draw
 * leaves the queue; the draw in progress ends its turn as if drawn (so a part gone while it drew
 * does not hold up the next screen's parts).
 */
export function queueDraw(draw: () => void): () => void {
  waiting.push(draw);
  if (!current) {
    current = -1;
    setTimeout(drawNext, 0);
  }
  return () => {
    const i = waiting.indexOf(draw);
    if (i >= 0) waiting.splice(i, 1);
    else if (currentDraw === draw) nextAfterPaint();
  };
}

/** Called by a part after its draw committed: the next part draws after the browser has painted this one. */
export function drawn(): void {
  nextAfterPaint();
}
