import { constants, createInflate } from "node:zlib";
import { ExtractionError } from "@/lib/cv/extract/extraction-error";
import { extractionLimits } from "@/lib/cv/extract/limits";

const streamKeyword = Buffer.from("stream");
const d = 0x64;
const cr = 0x0d;
const lf = 0x0a;

/** Bytes a zlib stream at the start of `data` inflates to, reading no further than `limit` + 1. */
async function inflatedSize(data: Uint8Array, limit: number): Promise<number> {
  // Streaming, so memory stays at one chunk whatever the stream holds. Bytes after the end of the
  // zlib stream (the rest of the file) are ignored by zlib; a broken stream counts what came out.
  const inflate = createInflate({ finishFlush: constants.Z_SYNC_FLUSH, chunkSize: 64 * 1024 });
  let size = 0;
  try {
    inflate.end(data);
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) break;
    }
  } catch {
    // Not zlib data (an image, an encrypted stream) or corrupt midway.
  } finally {
    inflate.destroy();
  }
  return size;
}

/**
 * Guards against decompression bombs before a PDF is opened: every zlib stream in the file, found by
 * its "stream" keyword rather than its declared /Length (which can lie), inflates within the budget.
 * Streams that are not zlib data (JPEG photos, encrypted streams) are left to the worker's limits.
 */
export async function checkPdfStreams(bytes: Uint8Array, maxInflatedBytes = extractionLimits.maxPdfInflatedBytes): Promise<void> {
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let budget = maxInflatedBytes;
  for (let at = file.indexOf(streamKeyword); at >= 0; at = file.indexOf(streamKeyword, at + streamKeyword.length)) {
    if (file[at - 1] === d) continue; // "endstream"
    let start = at + streamKeyword.length;
    if (file[start] === cr) start++;
    if (file[start] === lf) start++;
    budget -= await inflatedSize(file.subarray(start), budget);
    if (budget < 0) throw new ExtractionError("too_complex");
  }
}
