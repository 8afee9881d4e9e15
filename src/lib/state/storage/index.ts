/**
 * The browser's storage for scenarios, as pure functions over a `Storage` (localStorage in the
 * page, an in-memory one in tests): the saved list (saved.ts), each tab's draft (drafts.ts),
 * what could not be read (kept-aside.ts) and what can still be read of it (salvage.ts).
 */
export * from './drafts';
export * from './kept-aside';
export * from './report';
export * from './salvage';
export * from './saved';
