-- When an editor accepted a claim the extractor suggested (workflow.md: editors accept claims);
-- null while it is only a suggestion. Claims made by a person are accepted when made.
-- AlterTable
ALTER TABLE "claim" ADD COLUMN "acceptedAt" TIMESTAMPTZ(3);

UPDATE "claim" SET "acceptedAt" = "createdAt" WHERE "origin" = 'manual';
