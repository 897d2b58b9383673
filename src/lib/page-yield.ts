/** How long work may hold the page's thread before it lets input and painting in. */
export const SLICE_MS = 40;

/**
 * A function to call between pieces of long work: it gives the thread back to the page (a new
 * task, so input, timers and painting run) once the current slice has run SLICE_MS, and costs
 * nothing before then. A MessageChannel message, not setTimeout(0), which browsers clamp to 4 ms
 * once nested.
 */
export function pageYielder(sliceMs = SLICE_MS): () => Promise<void> {
	let sliceStart = performance.now();
	return async () => {
		if (performance.now() - sliceStart < sliceMs) return;
		await nextTask();
		sliceStart = performance.now();
	};
}

export function nextTask(): Promise<void> {
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(undefined);
	});
}
