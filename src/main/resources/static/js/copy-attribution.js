// Shows the "copy" button of a library item's attribution and copies the text with the
// Clipboard API; without JavaScript the text stays selectable.
(function () {
	'use strict';
	var button = document.getElementById('attribution-copy');
	var text = document.getElementById('attribution');
	var status = document.getElementById('attribution-status');
	if (!button || !text || !navigator.clipboard) {
		return;
	}
	var label = button.textContent;
	button.hidden = false;
	button.addEventListener('click', function () {
		navigator.clipboard.writeText(text.textContent.trim()).then(function () {
			button.textContent = button.getAttribute('data-copied-label');
			if (status) {
				// announced by screen readers, which do not read the button's new label
				status.textContent = button.getAttribute('data-copied-label');
			}
			setTimeout(function () {
				button.textContent = label;
				if (status) {
					status.textContent = '';
				}
			}, 3000);
		});
	});
})();
