/** The header that carries the web host's per-run token on every API call: one name for the host and the renderer. */
export const TOKEN_HEADER = 'x-journey-token';

/** Where a tab keeps the token once it took it from the address (reloads included): the renderer, and the host's PDF printer. */
export const TOKEN_SESSION_KEY = 'journey-audit.token';
