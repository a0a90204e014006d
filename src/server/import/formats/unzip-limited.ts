import "server-only";
import { Unzip, UnzipInflate } from "fflate";
import { ZIP_LIMITS } from "@/server/import/zip-guard";

export class ZipTooLargeError extends Error {}

/**
 * Inflates a ZIP as a stream, counting the bytes really produced: the central directory's
 * declared sizes may lie, so this stops past the limits instead of trusting them. Returns
 * the entries named in `keep` (the others are inflated, counted and dropped).
 */
export function unzipLimited(bytes: Uint8Array, keep: Set<string>): Map<string, Uint8Array> {
  const kept = new Map<string, Uint8Array[]>();
  let total = 0;
  let tooLarge = false;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    let size = 0;
    const chunks: Uint8Array[] = [];
    if (keep.has(file.name)) kept.set(file.name, chunks);
    file.ondata = (error, chunk) => {
      if (error || tooLarge) return;
      size += chunk.byteLength;
      total += chunk.byteLength;
      if (size > ZIP_LIMITS.mainEntryBytes || total > ZIP_LIMITS.totalBytes) {
        tooLarge = true;
        file.terminate();
        return;
      }
      if (keep.has(file.name)) chunks.push(chunk);
    };
    file.start();
  };
  // Small slices: one slice of deflate grows at most ~1,000 times, so memory stays bounded.
  const SLICE = 4 * 1024;
  for (let at = 0; at < bytes.byteLength && !tooLarge; at += SLICE) {
    unzip.push(bytes.subarray(at, at + SLICE), at + SLICE >= bytes.byteLength);
  }
  if (tooLarge) throw new ZipTooLargeError();
  const result = new Map<string, Uint8Array>();
  for (const [name, chunks] of kept) {
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
    let offset = 0;
    for (const c of chunks) {
      out.set(c, offset);
      offset += c.byteLength;
    }
    result.set(name, out);
  }
  return result;
}
