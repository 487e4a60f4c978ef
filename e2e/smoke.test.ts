import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { useAppAndBrowser } from "./app-process.ts";
import { signUpWithOrg } from "./flows.ts";

const { app, browser, artifacts } = useAppAndBrowser();

describe("dashboard smoke", () => {
  it("signs up, creates an org, and shows its plan and locked features", async () => {
    const page = await browser().newPage();
    try {
      await page.goto(app().url);
      await page.waitForURL(/\/sign-in/); // signed-out visitors land on sign-in
      await signUpWithOrg(page, app().url, "Erin's Agency");

      const badge = page.getByTestId("plan-badge");
      await badge.waitFor();
      expect(await badge.textContent()).toBe("Free plan");
      await page.getByRole("heading", { name: "Erin's Agency" }).waitFor();

      await page.getByRole("link", { name: "Integrations" }).click();
      await page.getByRole("link", { name: /Webhooks/ }).click();
      expect(await page.getByTestId("locked-note").textContent()).toContain("Available on Enterprise");
      await page.screenshot({ path: join(artifacts, "smoke-integrations.png"), fullPage: true });
    } catch (error) {
      await page.screenshot({ path: join(artifacts, "smoke-failure.png"), fullPage: true });
      throw error;
    } finally {
      await page.close();
    }
  });
});
