"use client";

import { useActionState } from "react";
import { ConfirmBox, controlProps, Field, FieldFrame, FormMessage } from "@/components/ui/field";
import { initialActionState, type FormAction } from "@/lib/forms/action-state";
import { ACCOUNT_FIELD_LABELS as LABELS, ACCOUNT_ROLES, ROLE_LABELS, type AccountRole } from "@/lib/schemas/account-form";
import { Button } from "@/components/ui/button";
import { RequiredNote } from "./required-note";

const ERROR = "text-sm font-semibold text-accent-dark";

type Account = { id: string; name: string; role: AccountRole };

function RoleOptions() {
  return ACCOUNT_ROLES.map((role) => (
    <option key={role} value={role}>
      {ROLE_LABELS[role]}
    </option>
  ));
}

/** Creates an account with a provisional password; the only form of its kind on the page, so ui/Field's ids are unique. */
export function AccountCreateForm({ action }: { action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const errors = (name: string) => state.fieldErrors?.[name];
  const roleHint = "Un·e rapporteur·e saisit les tables des rencontres auxquelles on l’invite ; un·e organisateur·rice a accès à tout.";
  const roleProps = controlProps("role", errors("role"), roleHint);
  return (
    <form action={formAction} className="space-y-4 rounded-lg border border-line bg-white p-4" noValidate>
      <RequiredNote />
      <FormMessage state={state} />
      <Field name="name" label={LABELS.name} required maxLength={120} autoComplete="off" defaultValue={state.values?.name} errors={errors("name")} />
      <Field
        name="email"
        label={LABELS.email}
        type="email"
        required
        maxLength={254}
        autoComplete="off"
        spellCheck={false}
        defaultValue={state.values?.email}
        errors={errors("email")}
      />
      <FieldFrame name="role" label={LABELS.role} errors={errors("role")} hint={roleHint}>
        <select {...roleProps} className={`${roleProps.className} min-h-11`} defaultValue={state.values?.role ?? "RAPPORTEUR"}>
          <RoleOptions />
        </select>
      </FieldFrame>
      <Field
        name="password"
        label={LABELS.password}
        type="password"
        required
        minLength={10}
        maxLength={128}
        autoComplete="new-password"
        errors={errors("password")}
        hint="10 caractères au moins. Transmettez-le à la personne par un autre moyen que l’e-mail ; elle pourra le changer."
      />
      <Button variant="primary" type="submit" disabled={pending}>
        {pending ? "Création…" : "Créer le compte"}
      </Button>
    </form>
  );
}

/** Changes an account's role; one per row, so its ids are scoped to the account. */
export function AccountRoleForm({ action, account }: { action: FormAction; account: Account }) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const id = `compte-${account.id}-role`;
  const errors = state.fieldErrors?.role;
  return (
    <form action={formAction} className="space-y-2" noValidate key={account.role}>
      <div className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor={id} className="block text-sm font-semibold">
            Rôle<span className="sr-only"> de {account.name}</span>
          </label>
          <select
            id={id}
            name="role"
            defaultValue={state.values?.role ?? account.role}
            aria-invalid={errors ? true : undefined}
            aria-describedby={`${id}-erreur`}
            className={`mt-1 min-h-11 rounded border bg-white px-2 py-2 ${errors ? "border-accent-dark" : "border-muted"}`}
          >
            <RoleOptions />
          </select>
        </div>
        <Button variant="secondary" type="submit" disabled={pending}>
          {pending ? "Enregistrement…" : "Changer le rôle"}
        </Button>
      </div>
      <p id={`${id}-erreur`} aria-live="polite" className={ERROR}>
        {errors?.join(" ")}
      </p>
      <FormMessage state={state} />
    </form>
  );
}

/** Closes every session of an account: it must sign in again on every device. */
export function AccountSignOutForm({ action, account, isSelf }: { action: FormAction; account: Account; isSelf: boolean }) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const hintId = `compte-${account.id}-sessions-aide`;
  return (
    <form action={formAction} className="space-y-2" noValidate>
      <Button variant="secondary" type="submit" disabled={pending} aria-describedby={isSelf ? hintId : undefined}>
        {pending ? "Déconnexion…" : "Déconnecter partout"}
        <span className="sr-only"> {account.name}</span>
      </Button>
      {isSelf ? (
        <p id={hintId} className="text-sm text-muted">
          Cette session-ci sera fermée aussi.
        </p>
      ) : null}
      <FormMessage state={state} />
    </form>
  );
}

/** Deletes an account once a box is ticked; the audit log keeps its email. */
export function AccountDeleteForm({ action, account }: { action: FormAction; account: Account }) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const scope = `compte-${account.id}-suppression`;
  const errors = state.fieldErrors?.confirm;
  return (
    <form action={formAction} noValidate>
      <fieldset className="space-y-2">
        <legend className="font-semibold">Supprimer le compte de {account.name}</legend>
        <FormMessage state={state} />
        <p id={`${scope}-aide`} className="text-sm text-muted">
          Ses sessions, son mot de passe et ses invitations disparaissent&#8239;; le journal garde son adresse. La suppression ne peut pas être
          annulée.
        </p>
        <ConfirmBox id={scope} errors={errors} defaultChecked={state.values?.confirm === "oui"} describedBy={`${scope}-aide`}>
          Je confirme la suppression
        </ConfirmBox>
        <Button variant="danger" type="submit" disabled={pending}>
          {pending ? "Suppression…" : "Supprimer le compte"}
        </Button>
      </fieldset>
    </form>
  );
}
