/**
 * Markup that tries to run script or leave the page, each of which must set window.__xss or
 * navigate if it ever executes. Classic vectors from public XSS cheat sheets and mutation-XSS
 * write-ups, written out for these tests.
 */
export const XSS_VECTORS: string[] = [
	'<img src=x onerror="window.__xss=1">',
	'<svg onload="window.__xss=1"></svg>',
	'<svg><script>window.__xss=1</script></svg>',
	'<script>window.__xss=1</script>',
	'<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
	'<iframe src="javascript:parent.__xss=1"></iframe>',
	'<a href="javascript:window.__xss=1">javascript link</a>',
	'<a href="JaVaScRiPt:window.__xss=1">mixed case link</a>',
	'<a href="&#106;avascript:window.__xss=1">entity link</a>',
	'<a href="data:text/html,<script>parent.__xss=1</script>">data link</a>',
	'<meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">',
	'<form action="javascript:window.__xss=1"><button>go</button></form>',
	'<div style="background:url(javascript:window.__xss=1)">styled</div>',
	'<div style="width: expression(window.__xss=1)">expression</div>',
	'<body onload="window.__xss=1">',
	'<object data="javascript:window.__xss=1"></object>',
	'<embed src="javascript:window.__xss=1">',
	'<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=1"></style></mglyph></table></mtext></math>',
	'<noscript><p title="</noscript><img src=x onerror=window.__xss=1>"></noscript>',
	'<svg><p><style><img src=x onerror="window.__xss=1"></style></p></svg>',
	'<details open ontoggle="window.__xss=1">details</details>',
	'<video><source onerror="window.__xss=1"></video>',
	'<input autofocus onfocus="window.__xss=1">',
	'<base href="javascript:window.__xss=1//">',
	'<link rel="stylesheet" href="javascript:window.__xss=1">',
	'<p>safe <b>bold</b> text</p>'
];
