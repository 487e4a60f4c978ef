import type { AppRouter } from "@opsdash/api/root";
import { createTRPCReact } from "@trpc/react-query";

export const trpc = createTRPCReact<AppRouter>();
export type { RouterOutputs } from "@opsdash/api/root";
