/** axe-core in a Chromium page: the WCAG and best-practice rules, violations as readable lines. */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

export async function axeViolations(page: Page): Promise<string[]> {
	await page.addScriptTag({ content: axe.source });
	return page.evaluate(async () => {
		const result = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] });
		return result.violations.flatMap((v) =>
			v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
		);
	});
}
