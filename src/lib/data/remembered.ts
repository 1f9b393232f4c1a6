/**
 * A promise made once and shared by every caller, unless it fails: then the next call starts
 * again (a failed download or start-up is retried by the next interaction, not remembered).
 */
export function remembered<T>(start: () => Promise<T>): () => Promise<T> {
	let pending: Promise<T> | undefined;
	return () => {
		if (!pending) {
			const attempt = start();
			pending = attempt;
			attempt.catch(() => {
				if (pending === attempt) pending = undefined;
			});
		}
		return pending;
	};
}
