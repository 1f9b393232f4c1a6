/*
 * Trade Lens embeds: sizes each Trade Lens iframe on the page to its chart's height. It listens
 * only to messages from the site this script came from, and only resizes the iframe that sent one.
 * Safe to include once per snippet: it installs itself once.
 */
(function () {
	var script = document.currentScript;
	if (!script || window.__tradeLensEmbeds) return;
	window.__tradeLensEmbeds = true;
	var origin = new URL(script.src, location.href).origin;
	window.addEventListener('message', function (event) {
		if (event.origin !== origin) return;
		var data = event.data;
		if (
			!data ||
			data.type !== 'trade-lens:embed-height' ||
			typeof data.id !== 'string' ||
			typeof data.height !== 'number' ||
			!isFinite(data.height)
		)
			return;
		var frames = document.querySelectorAll('iframe[data-trade-lens-embed]');
		for (var i = 0; i < frames.length; i++) {
			var frame = frames[i];
			if (frame.contentWindow !== event.source) continue;
			if (new URL(frame.src, location.href).origin !== origin) continue;
			frame.style.height = Math.ceil(Math.min(Math.max(data.height, 120), 4000)) + 'px';
		}
	});
})();
