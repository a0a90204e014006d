import { execFile } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BASE_DB, ROOT, SEED_FILE, TEST_POSTGRES_URL } from "../tests/setup/paths";
import { HAS_PANDOC, seedAsWordText, seedDocument } from "../tests/helpers/seed-documents";
import { canBuildPdf, markdownToPdf } from "../tests/helpers/seed-pdf";

const run = promisify(execFile);
let dir: string;
let dbFile: string;
/** The database the command line writes to: a copy of the base file, or the worker's PostgreSQL database (emptied before each test). */
let cliUrl: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "rencontres-cli-"));
  dbFile = path.join(dir, "cli.db");
  if (TEST_POSTGRES_URL) {
    cliUrl = process.env.DATABASE_URL!;
  } else {
    copyFileSync(BASE_DB, dbFile);
    cliUrl = `file:${dbFile}`;
  }
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function importCli(...args: string[]) {
  try {
    const { stdout, stderr } = await run("npx", ["tsx", "--conditions=react-server", "scripts/import.ts", ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: cliUrl },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function count(table: string): Promise<number> {
  if (TEST_POSTGRES_URL) {
    const client = new pg.Client({ connectionString: cliUrl });
    await client.connect();
    try {
      return Number((await client.query<{ n: string }>(`SELECT COUNT(*) AS n FROM "${table}"`)).rows[0]?.n);
    } finally {
      await client.end();
    }
  }
  const db = new Database(dbFile, { readonly: true });
  try {
    return (db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe("npm run import", () => {
  it("imports a compte rendu and prints the counts of each table", async () => {
    const result = await importCli(SEED_FILE, "--publier");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Rencontre créée : /rencontres/paris-2021 (publiée)");
    expect(result.stdout).toMatch(/^[ \t]*3\s+9\s+3\s+5\s+7$/m);
    expect(result.stdout).toMatch(/^Total\s+45\s+18\s+29\s+42$/m);
    expect(result.stderr).toMatch(/Avertissement : Ligne \d+ : Table 2 : objectif « Remettre l'utilisateur au cœur des dispositifs »/);
    expect(await count("Item")).toBe(71);

    const again = await importCli(SEED_FILE);
    expect(again.stdout).toContain("Rencontre mise à jour : /rencontres/paris-2021 (publiée)");
    expect(await count("Item")).toBe(71);
  });

  it("exits non-zero with a clear message on a file it cannot read as a compte rendu, writing nothing", async () => {
    const binary = path.join(dir, "photo.png");
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const result = await importCli(binary);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("n'a pas été importé. Le fichier est binaire");
    expect(result.stderr).toContain("La base de données n'a pas été modifiée.");

    const missing = await importCli(path.join(dir, "absent.md"));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("impossible de lire");
    expect((await count("Rencontre")) + (await count("Organisation")) + (await count("Person"))).toBe(0);
  });
});

describe.skipIf(!HAS_PANDOC)("npm run import of a word processor's document", () => {
  it("imports the seed as Word's plain text with the seed's figures, and names --ville when a document does not say its city", async () => {
    const text = path.join(dir, "paris-2021.txt");
    writeFileSync(text, seedAsWordText(), "utf8");
    const result = await importCli(text);
    expect(result.stderr).not.toContain("Erreur");
    expect(result.stdout).toMatch(/^Total\s+45\s+18\s+29\s+42$/m);
    expect(result.stdout).toMatch(/, 5 thèmes, /);

    const noCity = path.join(dir, "sans-ville.md");
    writeFileSync(noCity, readFileSync(SEED_FILE, "utf8").replace("travailleurs sociaux, Paris", "travailleurs sociaux"), "utf8");
    const refused = await importCli(noCity);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("Ville introuvable");
    expect(refused.stderr).toContain("Donnez-la avec --ville");
    expect((await importCli(noCity, "--ville", "Paris")).code).toBe(0);
  });

  it.each(["docx", "odt"] as const)("imports the seed saved as .%s with the seed's figures", async (format) => {
    const result = await importCli(seedDocument(format).file);
    expect(result.stderr).not.toContain("Erreur");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Total\s+45\s+18\s+29\s+42$/m);
    expect(result.stdout).toMatch(/, 5 thèmes, /);
  });
});

describe.skipIf(!canBuildPdf)("npm run import of a PDF", () => {
  it("imports the seed printed to PDF with the seed's figures", { timeout: 90_000 }, async () => {
    const pdf = path.join(dir, "paris-2021.pdf");
    writeFileSync(pdf, markdownToPdf(readFileSync(SEED_FILE, "utf8"), { headerFooter: true }));
    const result = await importCli(pdf);
    expect(result.stderr).not.toContain("Erreur");
    expect(result.stdout).toMatch(/^Total\s+45\s+18\s+29\s+42$/m);
    expect(result.stdout).toMatch(/, 5 thèmes, /);
  });
});
