/** Limits on articles brought in from the web or pasted (issue: ingestion). */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 10_000;
export const MAX_REDIRECTS = 5;
