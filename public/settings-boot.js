// Runs before the first paint, before the app and IndexedDB: applies the reader's last theme,
// text size and line width from a copy in localStorage, so the page never flashes the wrong theme.
// An external file because the Content-Security-Policy allows no inline script.
(function () {
	try {
		var saved = JSON.parse(localStorage.getItem('briefs.settings') || 'null');
		if (!saved || typeof saved !== 'object') return;
		var root = document.documentElement;
		if (/^(system|light|dark)$/.test(saved.theme)) root.dataset.theme = saved.theme;
		if (/^[0-4]$/.test(String(saved.textSize))) root.dataset.textSize = String(saved.textSize);
		if (/^(narrow|medium|wide)$/.test(saved.lineWidth)) root.dataset.lineWidth = saved.lineWidth;
	} catch {
		// No storage or a bad copy: the defaults apply until the app reads IndexedDB.
	}
})();
