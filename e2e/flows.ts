import type { Page } from "playwright-core";

/** Signs up a fresh user through the UI and creates their first organization. */
export async function signUpWithOrg(page: Page, appUrl: string, orgName: string): Promise<void> {
  await page.goto(`${appUrl}/sign-up`);
  await page.getByLabel("Name").fill("Erin Example");
  await page.getByLabel("Email").fill(`erin-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.test`);
  await page.getByLabel("Password").fill("a-long-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByRole("heading", { name: "Create your organization" }).waitFor();
  await page.getByLabel("Organization name").fill(orgName);
  await page.getByRole("button", { name: "Create organization" }).click();
  await page.getByTestId("plan-badge").waitFor();
}
