-- CreateTable
CREATE TABLE "ParsedContent" (
    "key" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "task" TEXT NOT NULL,
    "contentSha256" TEXT NOT NULL,
    "parserVersion" TEXT NOT NULL,
    "result" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ParsedContent_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "ParsedContent_userId_contentSha256_idx" ON "ParsedContent"("userId", "contentSha256");

-- CreateIndex
CREATE INDEX "ParsedContent_createdAt_idx" ON "ParsedContent"("createdAt");

-- AddForeignKey
ALTER TABLE "ParsedContent" ADD CONSTRAINT "ParsedContent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
