import { describe, expect, it } from "vitest";
import { readOffThread } from "@/server/import/read-off-thread";
import { sourceTextOf } from "@/server/import/source-text";
import { checkZip } from "@/server/import/zip-guard";
import { lyingDocx, manyParagraphsDocx, zipBombDocx } from "../../../tests/helpers/hostile-documents";

/** Runs `work` while a 50 ms interval ticks; returns its result and the longest gap between ticks. */
async function whileTicking<T>(work: () => Promise<T>): Promise<{ result: T; maxGapMs: number; ms: number }> {
  let last = performance.now();
  let maxGapMs = 0;
  const tick = setInterval(() => {
    const now = performance.now();
    maxGapMs = Math.max(maxGapMs, now - last);
    last = now;
  }, 50);
  const start = performance.now();
  try {
    const result = await work();
    return { result, maxGapMs: Math.max(maxGapMs, performance.now() - last), ms: performance.now() - start };
  } finally {
    clearInterval(tick);
  }
}

describe("hostile uploads", () => {
  it("reads a .docx of 200,000 short paragraphs off the request thread, which keeps ticking", { timeout: 60_000 }, async () => {
    const docx = await manyParagraphsDocx();
    const { result, maxGapMs, ms } = await whileTicking(() => readOffThread({ name: "lourd.docx", bytes: docx }, { knownOrganisations: [] }));
    console.log(
      `200,000 paragraphs (${(docx.byteLength / 1024).toFixed(0)} KB): ${ms.toFixed(0)} ms, longest main-thread gap ${maxGapMs.toFixed(0)} ms, ${result.read.ok ? "read" : result.read.error}`,
    );
    expect(maxGapMs).toBeLessThan(1000);
    // Refused on its paragraph count, before mammoth spends 14 s and the worker's 512 MB on it.
    expect(result.read).toEqual({ ok: false, error: expect.stringMatching(/^Le document compte plus de 50\u202f000 paragraphes/) });
  });

  it("refuses a zip bomb by its central directory, before inflating, in well under a second", () => {
    const bomb = zipBombDocx();
    const before = process.memoryUsage().rss;
    const start = performance.now();
    const check = checkZip(bomb, "word/document.xml");
    const ms = performance.now() - start;
    console.log(`zip bomb (declared 4 GB): refused in ${ms.toFixed(2)} ms, +${((process.memoryUsage().rss - before) / 1e6).toFixed(1)} MB rss`);
    expect(check).toMatchObject({ ok: false, error: expect.stringMatching(/trop lourd/) });
    expect(ms).toBeLessThan(1000);
  });

  it("stops inflating when the declared sizes lie (1 MB declared, 64 MB inside)", async () => {
    const liar = lyingDocx();
    const before = process.memoryUsage().rss;
    const start = performance.now();
    const read = await sourceTextOf({ name: "menteur.docx", bytes: liar });
    const ms = performance.now() - start;
    console.log(
      `lying zip (${(liar.byteLength / 1024).toFixed(0)} KB, 64 MB inside): ${ms.toFixed(0)} ms, +${((process.memoryUsage().rss - before) / 1e6).toFixed(1)} MB rss`,
    );
    expect(read).toMatchObject({ ok: false, error: expect.stringMatching(/trop lourd/) });
    expect(ms).toBeLessThan(1000);
  });

  it("does not grow the main heap over 20 hostile imports in a row", { timeout: 60_000 }, async () => {
    const docx = await manyParagraphsDocx();
    const bomb = zipBombDocx();
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 20; i++) {
      await readOffThread(
        { name: i % 2 ? "bombe.docx" : "lourd.docx", bytes: i % 2 ? bomb : docx },
        { knownOrganisations: [] },
        { memoryMb: 512, timeMs: 1000 },
      );
    }
    global.gc?.();
    const after = process.memoryUsage().heapUsed;
    console.log(`main heap over 20 hostile imports: ${(before / 1e6).toFixed(1)} MB → ${(after / 1e6).toFixed(1)} MB`);
    expect(after - before).toBeLessThan(200 * 1024 * 1024);
  });

  it("answers in French when the time limit passes", async () => {
    const docx = await manyParagraphsDocx();
    const { read } = await readOffThread({ name: "lourd.docx", bytes: docx }, null, { memoryMb: 512, timeMs: 50 });
    expect(read).toMatchObject({ ok: false, error: expect.stringMatching(/^Le document est trop long à lire/) });
  });
});
