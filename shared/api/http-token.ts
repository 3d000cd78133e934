/** The header that carries the web host's per-run token on every API call: one name for the host and the renderer. */
export const TOKEN_HEADER = 'x-journey-token';
