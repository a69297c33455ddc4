/*
 * Commune suggestions for <input data-suggest="/territoires/communes">: as the user types
 * (debounced), asks the URL for JSON suggestions and offers their labels through a
 * <datalist>, which browsers and screen readers present natively. Without JavaScript
 * the field stays a plain text field. No dependency; CSP-safe (no inline code).
 */
(function () {
	'use strict';

	var DELAY_MS = 250;
	var MIN_LENGTH = 2;

	function enhance(input, index) {
		var url = input.getAttribute('data-suggest');
		if (!url || !window.fetch) {
			return;
		}
		var list = document.createElement('datalist');
		list.id = (input.id || 'suggest-' + index) + '-suggestions';
		input.insertAdjacentElement('afterend', list);
		input.setAttribute('list', list.id);

		var timer = null;
		var controller = null;
		var lastQuery = '';
		var cache = {};

		function offered(value) {
			for (var i = 0; i < list.options.length; i++) {
				if (list.options[i].value === value) {
					return true;
				}
			}
			return false;
		}

		function render(suggestions) {
			list.textContent = '';
			suggestions.forEach(function (suggestion) {
				var option = document.createElement('option');
				option.value = suggestion.label;
				list.appendChild(option);
			});
		}

		function load() {
			var query = input.value.trim();
			if (query === lastQuery) {
				return;
			}
			lastQuery = query;
			if (query.length < MIN_LENGTH) {
				render([]);
				return;
			}
			if (cache[query]) {
				render(cache[query]);
				return;
			}
			if (controller) {
				controller.abort();
			}
			controller = window.AbortController ? new AbortController() : null;
			var separator = url.indexOf('?') < 0 ? '?' : '&';
			fetch(url + separator + 'q=' + encodeURIComponent(query), {
				headers: { 'Accept': 'application/json' },
				credentials: 'same-origin',
				signal: controller ? controller.signal : undefined
			}).then(function (response) {
				return response.ok ? response.json() : [];
			}).then(function (suggestions) {
				cache[query] = suggestions;
				if (input.value.trim() === query) {
					render(suggestions);
				}
			}).catch(function () {
				// aborted or offline: the field still works as plain text
			});
		}

		input.addEventListener('input', function () {
			window.clearTimeout(timer);
			// choosing a suggestion fires "input" too: nothing more to fetch then
			if (offered(input.value)) {
				return;
			}
			timer = window.setTimeout(load, DELAY_MS);
		});
	}

	function init() {
		var inputs = document.querySelectorAll('input[data-suggest]');
		for (var i = 0; i < inputs.length; i++) {
			enhance(inputs[i], i);
		}
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', init);
	}
	else {
		init();
	}
}());
