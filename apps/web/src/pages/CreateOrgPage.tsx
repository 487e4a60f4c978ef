import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ErrorNote } from "../components/ErrorNote.tsx";
import { authClient, unwrap } from "../lib/auth-client.ts";
import { navigate } from "../lib/router.tsx";

const slugify = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48);

export function CreateOrgPage({ first }: { first: boolean }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  const [slugEdited, setSlugEdited] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await unwrap(authClient.organization.create({ name, slug: slugEdited ? slug : slugify(name) }));
      await queryClient.invalidateQueries();
      navigate("/");
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="page narrow">
      <h1>{first ? "Create your organization" : "New organization"}</h1>
      {first && (
        <p className="muted">
          Everything in OpsDash belongs to an organization. Start one; you can invite your team next.
        </p>
      )}
      <form className="card" onSubmit={submit}>
        <label>
          Organization name
          <input name="orgName" required value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          URL slug
          <input
            name="orgSlug"
            required
            pattern="[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?"
            value={slugEdited ? slug : slugify(name)}
            onChange={(e) => {
              setSlugEdited(true);
              setSlug(e.target.value);
            }}
          />
        </label>
        <ErrorNote error={error} />
        <button type="submit" disabled={busy}>
          {busy ? "Creating…" : "Create organization"}
        </button>
      </form>
    </section>
  );
}
