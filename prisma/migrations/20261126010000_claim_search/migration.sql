-- Search and similar claims (issue 6; docs/decisions/040-claim-search-in-postgres.md).
--
-- Full text: two text search configurations, copies of Postgres's french and english ones whose
-- word mappings run the unaccent dictionary before the stemmer, so "securite" and "sécurité" give
-- the same lexeme in the document and in the query alike. Because the configuration does the
-- unaccenting, no non-IMMUTABLE unaccent() call appears in an index or generated expression.
-- The claim's tsvector depends on its article's language, which a generated column cannot read, so
-- a trigger keeps it (and the trigram text) up to date. The extensions' objects are named with their
-- schema (public, where CREATE EXTENSION puts them here) so the migration does not depend on the
-- search_path it runs with.
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;

CREATE TEXT SEARCH CONFIGURATION claims_fr (COPY = pg_catalog.french);
ALTER TEXT SEARCH CONFIGURATION claims_fr
  ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, french_stem;
CREATE TEXT SEARCH CONFIGURATION claims_en (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION claims_en
  ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, english_stem;

-- AlterTable
ALTER TABLE "claim" ADD COLUMN "searchVector" tsvector,
ADD COLUMN "matchText" TEXT;

-- Summary weighs most, then the claimant, then the quote. matchText is the quote reduced to its
-- lexemes (unaccented, stemmed in the article's language, stop words out, in alphabetical order),
-- for trigram similarity: "a baissé" and "aurait baissé" meet, word order does not matter, and the
-- trigrams of "de", "les", "the" that every claim shares neither score nor cost an index scan.
CREATE FUNCTION "claim_search_fields"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  config regconfig;
BEGIN
  SELECT CASE a."language" WHEN 'fr' THEN 'claims_fr'::regconfig ELSE 'claims_en'::regconfig END
    INTO config FROM "article" a WHERE a."id" = NEW."articleId";
  config := COALESCE(config, 'claims_en'::regconfig);
  NEW."searchVector" :=
       setweight(to_tsvector(config, COALESCE(NEW."summary", '')), 'A')
    || setweight(to_tsvector(config, COALESCE(NEW."claimantName", '')), 'B')
    || setweight(to_tsvector(config, NEW."quote"), 'C');
  NEW."matchText" := array_to_string(tsvector_to_array(to_tsvector(config, NEW."quote")), ' ');
  RETURN NEW;
END;
$$;

CREATE TRIGGER "claim_search_fields"
  BEFORE INSERT OR UPDATE OF "summary", "claimantName", "quote", "articleId" ON "claim"
  FOR EACH ROW EXECUTE FUNCTION "claim_search_fields"();

-- An article whose language changes re-stems its claims.
CREATE FUNCTION "article_language_search"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "claim" SET "articleId" = "articleId" WHERE "articleId" = NEW."id";
  RETURN NULL;
END;
$$;

CREATE TRIGGER "article_language_search"
  AFTER UPDATE OF "language" ON "article"
  FOR EACH ROW WHEN (OLD."language" IS DISTINCT FROM NEW."language")
  EXECUTE FUNCTION "article_language_search"();

-- Claims that exist already.
UPDATE "claim" SET "quote" = "quote";

-- CreateIndex
CREATE INDEX "claim_searchVector_idx" ON "claim" USING GIN ("searchVector");

-- The list's default order (newest first) and its tie-breaker, for keyset export and paging.
-- CreateIndex
CREATE INDEX "claim_createdAt_id_idx" ON "claim"("createdAt" DESC, "id" DESC);

-- The same order within one status, the filter used most: a status-filtered page or export batch
-- reads its rows in order instead of skipping the other statuses' rows in the heap.
-- CreateIndex
CREATE INDEX "claim_status_createdAt_id_idx" ON "claim"("status", "createdAt" DESC, "id" DESC);
