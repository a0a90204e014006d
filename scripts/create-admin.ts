/**
 * npm run admin:create -- --email ADRESSE --nom "Prénom Nom" [--role rapporteur]
 * Creates an account. The password is read from ADMIN_PASSWORD, or from standard input when
 * it is piped; otherwise a strong one is generated and printed once.
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { systemActor } from "@/server/actor";
import { runCli } from "./run-cli";
import { DataError } from "@/server/errors";
import { createUser } from "@/server/data/users/create-user";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").split("\n")[0]!.trim();
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { email: { type: "string" }, nom: { type: "string" }, role: { type: "string", default: "admin" } },
  });
  if (!values.email || !values.nom || !["admin", "rapporteur"].includes(values.role ?? "")) {
    console.error('Usage : npm run admin:create -- --email ADRESSE --nom "Prénom Nom" [--role admin|rapporteur]');
    return 2;
  }
  const given = process.env.ADMIN_PASSWORD ?? (process.stdin.isTTY ? "" : await readStdin());
  const password = given || randomBytes(12).toString("base64url");
  try {
    await createUser(systemActor("cli"), {
      email: values.email,
      name: values.nom,
      role: values.role === "admin" ? "ADMIN" : "RAPPORTEUR",
      password,
    });
  } catch (error) {
    if (error instanceof DataError) {
      console.error(`Erreur : ${error.message}`);
      return 1;
    }
    if (error instanceof Error && error.name === "ZodError") {
      console.error(`Erreur : données invalides (${error.message}).`);
      return 1;
    }
    throw error;
  }
  console.log(`Compte ${values.role} créé : ${values.email}`);
  if (!given) console.log(`Mot de passe (affiché une seule fois) : ${password}`);
  return 0;
}

runCli(main);
