import { parseArgs } from "node:util";
import { isAppError } from "@opsdash/core/errors/app-error";
import { applyMigrations, connectDatabase } from "@opsdash/db";
import { ZodError } from "zod";
import { type CommandContext, commands, UsageError } from "./cli/commands.ts";
import { EnvError, loadDotEnv, loadEnv } from "./env.ts";

// `opsdash <command> [--flags]`: operator commands against the same database as the app —
// DATABASE_URL's server, or the embedded one (reached through the running app when it is up).
const usage = `Usage: npm run opsdash -- <command> [--json]\n\nCommands:\n${Object.values(commands)
  .map((c) => `  ${c.usage}`)
  .join("\n")}`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseCliArgs(argv);
  const json = values.json === true;
  const name = [positionals.slice(0, 2).join(" "), positionals[0] ?? ""].find((n) => n in commands);
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (!name) {
    console.error(positionals.length ? `opsdash: unknown command "${positionals.join(" ")}"\n\n${usage}` : usage);
    return 2;
  }
  loadDotEnv();
  const env = loadEnv();
  const connection = await connectDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.dataDir });
  try {
    const progress = (line: string) => console.error(line);
    if (name !== "migrate") await applyMigrations({ url: connection.url, onApplied: (m) => progress(`applied ${m}`) });
    const ctx: CommandContext = { connection, env, flags: values, progress };
    const result = await commands[name]!.run(ctx);
    console.log(json ? JSON.stringify(result.data, null, 2) : result.text);
    return 0;
  } finally {
    await connection.close();
  }
}

const stringFlags = ["name", "slug", "plan", "org", "email", "password", "role", "company"] as const;

function parseCliArgs(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...Object.fromEntries(stringFlags.map((f) => [f, { type: "string" as const }])),
        json: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof UsageError) return `${error.message} (npm run opsdash -- --help lists the commands)`;
  if (error instanceof ZodError)
    return error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; ");
  if (isAppError(error) || error instanceof EnvError) return error.message;
  return `unexpected error: ${(error as Error).message}`;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`opsdash: ${reasonOf(error)}`);
    process.exit(1);
  },
);
