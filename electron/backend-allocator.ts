/**
 * The memory allocator settings of every process that runs the backend for the user (the desktop app's
 * utility process) and of the bench that measures it.
 *
 * Photo checks and derivations decode images of one to several MB with libvips on worker threads. glibc
 * raises its mmap threshold each time such a buffer is freed, so later ones are served from per-thread
 * arenas that are never handed back: the process keeps the peak of every photo batch for good. A fixed
 * threshold keeps buffers above it in their own mappings, returned to the system when freed. 512 KB stays
 * above zlib's deflate state (~260 KB, reused by exports) so that compression does not map and unmap.
 * Measured on the bench's exchange step: peak RSS 511 MB -> 415 MB; RSS after it 364 MB -> 267 MB.
 * Two arenas, not glibc's eight per core: the smaller buffers that libvips, zlib and SQLite free on their
 * threads stay in fewer heaps that are reused instead of each keeping its own high-water mark (history,
 * report and exchange steps in a row: peaks 296, 367, 425 MB -> 270, 280, 401 MB, their rows no slower).
 * Both are read by glibc when the process starts, so they are given to the process, not set from inside it.
 */
export const BACKEND_ALLOCATOR_ENV: Readonly<Record<string, string>> = {
  MALLOC_MMAP_THRESHOLD_: String(512 * 1024),
  MALLOC_ARENA_MAX: '2',
};

/** The environment `env` with the backend's allocator settings. */
export function withBackendAllocator(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...env, ...BACKEND_ALLOCATOR_ENV };
}

/** Was this process started with the backend's allocator settings? */
export function hasBackendAllocator(env: NodeJS.ProcessEnv = process.env): boolean {
  return Object.entries(BACKEND_ALLOCATOR_ENV).every(([name, value]) => env[name] === value);
}
