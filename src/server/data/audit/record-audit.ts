import "server-only";
import type { AuditAction } from "@/generated/prisma/client";
import { actorLabel, actorUserId, type Actor } from "@/server/actor";
import type { Tx } from "@/server/db";

export type AuditEntry = {
  action: AuditAction;
  entityType: string;
  entityId?: string | null;
  rencontreId?: string | null;
  personId?: string | null;
  summary: string;
};

/** Writes an audit entry inside the transaction of the change it describes. */
export async function recordAudit(tx: Tx, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      userId: actorUserId(actor),
      actorLabel: actorLabel(actor),
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      rencontreId: entry.rencontreId ?? null,
      personId: entry.personId ?? null,
      summary: entry.summary.slice(0, 500),
    },
  });
}
