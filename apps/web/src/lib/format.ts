/** tRPC sends dates as ISO strings (no transformer), so both forms are accepted. */
export const formatDate = (value: string | Date) =>
  new Date(value).toLocaleString(undefined, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });
