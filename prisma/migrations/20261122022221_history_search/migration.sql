-- Full-text search over title and output. A generated column stays in step on every write without
-- a trigger, and the 'simple' configuration does no stemming, so names, skills and words in any
-- language match as typed.
ALTER TABLE "Generation" ADD COLUMN     "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce("title", '') || ' ' || coalesce("output", ''))) STORED;

-- CreateIndex
CREATE INDEX "Generation_userId_task_createdAt_idx" ON "Generation"("userId", "task", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Generation_searchVector_idx" ON "Generation" USING GIN ("searchVector");

-- With the default statistics Postgres takes any word it has not sampled as fairly common, and then
-- walks the whole history in date order looking for a rare one. A larger sample lets it tell rare
-- words from common ones and read rare ones from the index.
ALTER TABLE "Generation" ALTER COLUMN "searchVector" SET STATISTICS 5000;
