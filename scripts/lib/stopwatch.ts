/** With TRADE_LENS_TIMING set, the data build prints each step's milliseconds (docs/performance.md). */
export function stopwatch(prefix = ''): (what: string) => void {
	let t = Date.now();
	return (what) => {
		if (process.env.TRADE_LENS_TIMING) console.log(`    ${prefix}${what}: ${Date.now() - t} ms`);
		t = Date.now();
	};
}
