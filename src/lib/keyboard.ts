/** True when a key press is meant for a text field or carries a modifier, not for a shortcut. */
export function isTypingOrModified(event: KeyboardEvent): boolean {
	if (event.metaKey || event.ctrlKey || event.altKey || event.isComposing) return true;
	const target = event.target as HTMLElement | null;
	return !!target?.closest?.(
		'input, textarea, select, [contenteditable=""], [contenteditable="true"]'
	);
}

/** `/` anywhere: to the search box, when the page has one. */
export function focusSearch(event: KeyboardEvent): boolean {
	const input = document.getElementById('search-input');
	if (!(input instanceof HTMLInputElement)) return false;
	event.preventDefault();
	input.focus();
	input.select();
	return true;
}
