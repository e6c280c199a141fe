/** How long the search box waits after the last keystroke before it asks the server: long enough to skip mid-word requests. */
export const SEARCH_DEBOUNCE_MS = 200
