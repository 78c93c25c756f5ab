/**
 * Polls `check` until it holds or `ms` have passed; true when it held. A wait for a state
 * with a deadline, not a fixed sleep: it returns as soon as the state is reached. For
 * processes outside the browser (nginx starting, a server closing files); browser tests
 * wait on the page's own state (tests/helpers/search.ts).
 */
export async function pollUntil(check: () => boolean | Promise<boolean>, ms: number, everyMs = 50): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
