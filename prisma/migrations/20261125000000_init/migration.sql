-- The whole data model (prisma/schema.prisma), written in the layout `prisma migrate` would write,
-- plus what Prisma cannot express: CHECK constraints and the append-only history trigger.

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('editor', 'reviewer', 'admin');

-- CreateEnum
CREATE TYPE "Language" AS ENUM ('fr', 'en');

-- CreateEnum
CREATE TYPE "ArticleFormat" AS ENUM ('text', 'html', 'markdown', 'url');

-- CreateEnum
CREATE TYPE "ClaimStatus" AS ENUM ('draft', 'in_review', 'changes_requested', 'approved', 'dismissed');

-- CreateEnum
CREATE TYPE "Verdict" AS ENUM ('true', 'mostly_true', 'mixed', 'mostly_false', 'false', 'misleading', 'unverifiable');

-- CreateEnum
CREATE TYPE "AttributionLevel" AS ENUM ('witnessed', 'named_on_record', 'official_statement', 'document', 'anonymous_described', 'anonymous_bare', 'secondary_report', 'hedged_unsourced', 'author_assertion');

-- CreateEnum
CREATE TYPE "QuoteType" AS ENUM ('direct', 'indirect', 'mixed');

-- CreateEnum
CREATE TYPE "AnchorState" AS ENUM ('exact', 'moved', 'fuzzy', 'orphaned');

-- CreateEnum
CREATE TYPE "ClaimOrigin" AS ENUM ('extractor', 'manual');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('person', 'institution', 'outlet', 'document');

-- CreateEnum
CREATE TYPE "HistoryEventType" AS ENUM ('article_created', 'article_updated', 'claim_created', 'claim_updated', 'claim_transitioned', 'claim_split', 'claim_merged', 'claim_linked', 'claim_reanchored', 'comment_added', 'user_created', 'user_role_changed', 'token_issued', 'token_revoked');

-- CreateTable
CREATE TABLE "user" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" "Role" NOT NULL DEFAULT 'editor',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "userId" TEXT NOT NULL,

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" TIMESTAMPTZ(3),
    "refreshTokenExpiresAt" TIMESTAMPTZ(3),
    "scope" TEXT,
    "password" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verification" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sign_in_failure" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "ipAddress" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sign_in_failure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_token" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMPTZ(3),
    "expiresAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "api_token_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "outlet" TEXT,
    "url" TEXT,
    "language" "Language" NOT NULL,
    "publishedAt" TIMESTAMPTZ(3),
    "text" TEXT NOT NULL,
    "textHash" TEXT NOT NULL,
    "removed" JSONB NOT NULL DEFAULT '[]',
    "format" "ArticleFormat" NOT NULL DEFAULT 'text',
    "version" INTEGER NOT NULL DEFAULT 1,
    "addedById" TEXT NOT NULL,
    "updatedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "source" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "kind" "SourceKind" NOT NULL,
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "description" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claim" (
    "id" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "quote" TEXT NOT NULL,
    "anchorStart" INTEGER NOT NULL,
    "anchorEnd" INTEGER NOT NULL,
    "anchorPrefix" TEXT NOT NULL DEFAULT '',
    "anchorSuffix" TEXT NOT NULL DEFAULT '',
    "anchorState" "AnchorState" NOT NULL DEFAULT 'exact',
    "anchorTextHash" TEXT NOT NULL,
    "summary" TEXT,
    "claimantName" TEXT,
    "claimantSourceId" UUID,
    "claimantStart" INTEGER,
    "claimantEnd" INTEGER,
    "cue" TEXT,
    "cueStart" INTEGER,
    "cueEnd" INTEGER,
    "attributionLevel" "AttributionLevel" NOT NULL DEFAULT 'author_assertion',
    "chain" JSONB,
    "quoteType" "QuoteType" NOT NULL DEFAULT 'indirect',
    "hedged" BOOLEAN NOT NULL DEFAULT false,
    "checkworthiness" DOUBLE PRECISION NOT NULL DEFAULT 0.5,
    "origin" "ClaimOrigin" NOT NULL DEFAULT 'extractor',
    "notes" TEXT,
    "status" "ClaimStatus" NOT NULL DEFAULT 'draft',
    "verdict" "Verdict",
    "rationale" TEXT,
    "evidence" JSONB NOT NULL DEFAULT '[]',
    "reviewRound" INTEGER NOT NULL DEFAULT 1,
    "submittedById" TEXT,
    "submittedAt" TIMESTAMPTZ(3),
    "approvedAt" TIMESTAMPTZ(3),
    "sameAsId" UUID,
    "assigneeId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT NOT NULL,
    "updatedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "comment" (
    "id" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "history_event" (
    "id" BIGSERIAL NOT NULL,
    "type" "HistoryEventType" NOT NULL,
    "articleId" UUID,
    "claimId" UUID,
    "actorId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "comment" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "history_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "setting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE INDEX "session_userId_idx" ON "session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "session_token_key" ON "session"("token");

-- CreateIndex
CREATE INDEX "account_userId_idx" ON "account"("userId");

-- CreateIndex
CREATE INDEX "verification_identifier_idx" ON "verification"("identifier");

-- CreateIndex
CREATE INDEX "sign_in_failure_email_createdAt_idx" ON "sign_in_failure"("email", "createdAt");

-- CreateIndex
CREATE INDEX "sign_in_failure_ipAddress_createdAt_idx" ON "sign_in_failure"("ipAddress", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "api_token_tokenHash_key" ON "api_token"("tokenHash");

-- CreateIndex
CREATE INDEX "api_token_userId_idx" ON "api_token"("userId");

-- CreateIndex
CREATE INDEX "article_createdAt_idx" ON "article"("createdAt" DESC);

-- CreateIndex
CREATE INDEX "article_publishedAt_idx" ON "article"("publishedAt" DESC);

-- CreateIndex
CREATE INDEX "article_url_idx" ON "article"("url");

-- CreateIndex
CREATE INDEX "article_textHash_idx" ON "article"("textHash");

-- CreateIndex
CREATE INDEX "source_nameKey_idx" ON "source"("nameKey");

-- CreateIndex
CREATE UNIQUE INDEX "source_kind_nameKey_key" ON "source"("kind", "nameKey");

-- CreateIndex
CREATE INDEX "claim_articleId_anchorStart_idx" ON "claim"("articleId", "anchorStart");

-- CreateIndex
CREATE INDEX "claim_status_submittedAt_idx" ON "claim"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "claim_status_updatedAt_idx" ON "claim"("status", "updatedAt" DESC);

-- CreateIndex
CREATE INDEX "claim_assigneeId_status_idx" ON "claim"("assigneeId", "status");

-- CreateIndex
CREATE INDEX "claim_createdById_status_idx" ON "claim"("createdById", "status");

-- CreateIndex
CREATE INDEX "claim_claimantSourceId_idx" ON "claim"("claimantSourceId");

-- CreateIndex
CREATE INDEX "claim_attributionLevel_idx" ON "claim"("attributionLevel");

-- CreateIndex
CREATE INDEX "claim_verdict_idx" ON "claim"("verdict");

-- CreateIndex
CREATE INDEX "claim_sameAsId_idx" ON "claim"("sameAsId");

-- CreateIndex
CREATE INDEX "comment_claimId_createdAt_idx" ON "comment"("claimId", "createdAt");

-- CreateIndex
CREATE INDEX "history_event_claimId_id_idx" ON "history_event"("claimId", "id");

-- CreateIndex
CREATE INDEX "history_event_articleId_id_idx" ON "history_event"("articleId", "id");

-- CreateIndex
CREATE INDEX "history_event_actorId_id_idx" ON "history_event"("actorId", "id");

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account" ADD CONSTRAINT "account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_token" ADD CONSTRAINT "api_token_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_token" ADD CONSTRAINT "api_token_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article" ADD CONSTRAINT "article_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article" ADD CONSTRAINT "article_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim" ADD CONSTRAINT "claim_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "article"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim" ADD CONSTRAINT "claim_claimantSourceId_fkey" FOREIGN KEY ("claimantSourceId") REFERENCES "source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim" ADD CONSTRAINT "claim_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim" ADD CONSTRAINT "claim_sameAsId_fkey" FOREIGN KEY ("sameAsId") REFERENCES "claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim" ADD CONSTRAINT "claim_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim" ADD CONSTRAINT "claim_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim" ADD CONSTRAINT "claim_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment" ADD CONSTRAINT "comment_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment" ADD CONSTRAINT "comment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "history_event" ADD CONSTRAINT "history_event_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "article"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "history_event" ADD CONSTRAINT "history_event_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "history_event" ADD CONSTRAINT "history_event_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "setting" ADD CONSTRAINT "setting_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Not expressible in schema.prisma: value ranges the app relies on.
ALTER TABLE "claim" ADD CONSTRAINT "claim_anchor_span_check" CHECK ("anchorStart" >= 0 AND "anchorEnd" >= "anchorStart");
ALTER TABLE "claim" ADD CONSTRAINT "claim_checkworthiness_check" CHECK ("checkworthiness" >= 0 AND "checkworthiness" <= 1);
ALTER TABLE "claim" ADD CONSTRAINT "claim_version_check" CHECK ("version" >= 1);
ALTER TABLE "article" ADD CONSTRAINT "article_version_check" CHECK ("version" >= 1);

-- History is append-only (workflow.md): the database itself refuses to change or remove it,
-- whoever asks, the app's own role included.
CREATE FUNCTION "history_event_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'history_event is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "history_event_no_update_delete"
  BEFORE UPDATE OR DELETE ON "history_event"
  FOR EACH ROW EXECUTE FUNCTION "history_event_refuse_change"();

CREATE TRIGGER "history_event_no_truncate"
  BEFORE TRUNCATE ON "history_event"
  FOR EACH STATEMENT EXECUTE FUNCTION "history_event_refuse_change"();
