-- The claims list's claimant filter matches a name anywhere in the claimant as written
-- (ILIKE '%name%'). Without an index that is a scan of the whole table: 0.5–2.5 s at a million
-- claims for a name that few claims carry. Trigrams make the match an index lookup (pg_trgm was
-- installed by 20261126010000_claim_search).
CREATE INDEX "claim_claimantName_idx" ON "claim" USING GIN ("claimantName" public.gin_trgm_ops);
