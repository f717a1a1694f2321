-- Who touched a claim in its current review round, for the four-eyes rule (workflow.md).
-- AlterTable
ALTER TABLE "claim" ADD COLUMN "roundEditorIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- Claims that exist already were created in round 1 by their creator.
UPDATE "claim" SET "roundEditorIds" = ARRAY["createdById"] WHERE "reviewRound" = 1;
