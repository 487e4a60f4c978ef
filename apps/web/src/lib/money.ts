/** Digits of the currency's minor unit (2 for USD, 0 for JPY). */
function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

export function formatMoney(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  try {
    return new Intl.NumberFormat(undefined, { style: "currency", currency }).format(minor / 10 ** digits);
  } catch {
    return `${(minor / 10 ** digits).toFixed(digits)} ${currency}`;
  }
}

/** "1,234.50" typed by a person → 123450 minor units. */
export function parseMoney(text: string, currency: string): number {
  const amount = Number(text.replace(/[,\s]/g, "") || "0");
  if (!Number.isFinite(amount) || amount < 0) throw new Error("Value must be a positive number.");
  return Math.round(amount * 10 ** minorDigits(currency));
}

/** The value and currency fields of a deal form, as the API takes them. */
export function readMoneyFields(form: FormData): { value: number; currency: string } {
  const currency = String(form.get("currency") || "USD").toUpperCase();
  return { currency, value: parseMoney(String(form.get("value") ?? ""), currency) };
}
