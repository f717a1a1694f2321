// Public surface of the claim-extraction engine.
export { extractClaims } from "./extract-claims";
export { extractArticle } from "./extract-article";
export type * from "./types";
