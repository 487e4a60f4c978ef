import type { Db } from "@opsdash/db";
import { z } from "zod";
import type { Auth } from "../auth/create-auth.ts";
import { AppError } from "../errors/app-error.ts";
import { isUniqueViolation } from "../errors/prisma-errors.ts";

export const createUserInput = z.object({
  email: z.email().transform((email) => email.toLowerCase()),
  password: z.string().min(8, "Password must be at least 8 characters"),
  name: z.string().trim().min(1, "Name is required").max(200),
});
export type CreateUserInput = z.input<typeof createUserInput>;

/** Creates a user who signs in with email + password (operators, seed). */
export async function createUser({ db, auth }: { db: Db; auth: Auth }, input: CreateUserInput) {
  const { email, password, name } = createUserInput.parse(input);
  const passwordHash = await (await auth.$context).password.hash(password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email, name }, select: { id: true, email: true, name: true } });
      await tx.account.create({
        data: { userId: user.id, accountId: user.id, providerId: "credential", password: passwordHash },
      });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error, "email")) throw new AppError("CONFLICT", `A user with email ${email} already exists.`);
    throw error;
  }
}
