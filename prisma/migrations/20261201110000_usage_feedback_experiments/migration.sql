-- CreateEnum
CREATE TYPE "FeedbackRating" AS ENUM ('UP', 'DOWN');

-- CreateTable
CREATE TABLE "Feedback" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "generationId" TEXT,
    "messageId" TEXT,
    "rating" "FeedbackRating" NOT NULL,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Feedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentEdit" (
    "id" TEXT NOT NULL,
    "generationId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "distance" DOUBLE PRECISION NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentEdit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModelPrice" (
    "orgId" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "inputPerMillion" DOUBLE PRECISION NOT NULL,
    "outputPerMillion" DOUBLE PRECISION NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ModelPrice_pkey" PRIMARY KEY ("orgId","model")
);

-- CreateTable
CREATE TABLE "PromptSplit" (
    "orgId" TEXT NOT NULL,
    "promptId" TEXT NOT NULL,
    "shareB" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PromptSplit_pkey" PRIMARY KEY ("orgId","promptId")
);

-- CreateIndex
CREATE INDEX "Feedback_generationId_idx" ON "Feedback"("generationId");

-- CreateIndex
CREATE INDEX "Feedback_messageId_idx" ON "Feedback"("messageId");

-- CreateIndex
CREATE UNIQUE INDEX "Feedback_userId_generationId_key" ON "Feedback"("userId", "generationId");

-- CreateIndex
CREATE UNIQUE INDEX "Feedback_userId_messageId_key" ON "Feedback"("userId", "messageId");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentEdit_versionId_key" ON "DocumentEdit"("versionId");

-- CreateIndex
CREATE INDEX "DocumentEdit_generationId_idx" ON "DocumentEdit"("generationId");

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_generationId_fkey" FOREIGN KEY ("generationId") REFERENCES "Generation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentEdit" ADD CONSTRAINT "DocumentEdit_generationId_fkey" FOREIGN KEY ("generationId") REFERENCES "Generation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentEdit" ADD CONSTRAINT "DocumentEdit_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "Generation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModelPrice" ADD CONSTRAINT "ModelPrice_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PromptSplit" ADD CONSTRAINT "PromptSplit_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A rating is of exactly one document or one answer; shares and prices stay in range.
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_one_target" CHECK (("generationId" IS NULL) <> ("messageId" IS NULL));
ALTER TABLE "PromptSplit" ADD CONSTRAINT "PromptSplit_share_range" CHECK ("shareB" BETWEEN 0 AND 100);
ALTER TABLE "ModelPrice" ADD CONSTRAINT "ModelPrice_non_negative" CHECK ("inputPerMillion" >= 0 AND "outputPerMillion" >= 0);
ALTER TABLE "DocumentEdit" ADD CONSTRAINT "DocumentEdit_distance_range" CHECK ("distance" BETWEEN 0 AND 1);
