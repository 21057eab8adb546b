-- CreateEnum
CREATE TYPE "ExitMode" AS ENUM ('ATTRIBUTED', 'CONFIDENTIAL');

-- CreateEnum
CREATE TYPE "ExitStatus" AS ENUM ('INVITED', 'IN_PROGRESS', 'COMPLETED', 'WITHDRAWN');

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "exitMinCommentGroupSize" INTEGER NOT NULL DEFAULT 5,
ADD COLUMN     "exitMinGroupSize" INTEGER NOT NULL DEFAULT 5,
ADD COLUMN     "exitRetentionDays" INTEGER NOT NULL DEFAULT 365;

-- CreateTable
CREATE TABLE "ExitInterview" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "createdById" TEXT,
    "employeeName" TEXT NOT NULL,
    "employeeEmail" TEXT NOT NULL,
    "department" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "manager" TEXT NOT NULL,
    "startDate" TIMESTAMP(3),
    "lastDay" TIMESTAMP(3),
    "reason" TEXT NOT NULL,
    "regrettable" BOOLEAN NOT NULL,
    "language" TEXT NOT NULL,
    "mode" "ExitMode" NOT NULL,
    "status" "ExitStatus" NOT NULL DEFAULT 'INVITED',
    "tokenHash" TEXT NOT NULL,
    "tokenExpiresAt" TIMESTAMP(3) NOT NULL,
    "linkWithdrawnAt" TIMESTAMP(3),
    "consentedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "withdrawnAt" TIMESTAMP(3),
    "progress" JSONB NOT NULL DEFAULT '{}',
    "summary" JSONB,
    "summaryStatus" TEXT,
    "sentiment" TEXT,
    "themes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "emailedAt" TIMESTAMP(3),
    "purgedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExitInterview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExitAnswer" (
    "id" TEXT NOT NULL,
    "interviewId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "area" TEXT NOT NULL,
    "questionKey" TEXT NOT NULL,
    "question" TEXT,
    "followUp" BOOLEAN NOT NULL DEFAULT false,
    "answer" TEXT,
    "skipped" BOOLEAN NOT NULL DEFAULT false,
    "sentiment" TEXT,
    "intensity" INTEGER,
    "themes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "vague" BOOLEAN NOT NULL DEFAULT false,
    "secondsSpent" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExitAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ExitInterview_tokenHash_key" ON "ExitInterview"("tokenHash");

-- CreateIndex
CREATE INDEX "ExitInterview_orgId_createdAt_idx" ON "ExitInterview"("orgId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "ExitInterview_orgId_status_idx" ON "ExitInterview"("orgId", "status");

-- CreateIndex
CREATE INDEX "ExitInterview_status_completedAt_idx" ON "ExitInterview"("status", "completedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ExitAnswer_interviewId_seq_key" ON "ExitAnswer"("interviewId", "seq");

-- AddForeignKey
ALTER TABLE "ExitInterview" ADD CONSTRAINT "ExitInterview_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExitInterview" ADD CONSTRAINT "ExitInterview_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExitAnswer" ADD CONSTRAINT "ExitAnswer_interviewId_fkey" FOREIGN KEY ("interviewId") REFERENCES "ExitInterview"("id") ON DELETE CASCADE ON UPDATE CASCADE;
