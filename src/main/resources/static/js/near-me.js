/*
 * "Près de moi" on the café search: the button is in the page but hidden, as it needs
 * JavaScript and the browser's geolocation. On a click, asks the position, rounds it to
 * about a hundred metres (enough to find cafés, less precise than the device's reading),
 * and submits the form with lat and lon instead of a commune.
 */
(function () {
	'use strict';
	var button = document.getElementById('near-me');
	var form = document.getElementById('cafe-search');
	if (!button || !form || !('geolocation' in navigator)) {
		return;
	}
	var status = document.getElementById('near-me-status');
	button.hidden = false;

	function field(name) {
		var input = form.querySelector('input[type="hidden"][name="' + name + '"]');
		if (!input) {
			input = document.createElement('input');
			input.type = 'hidden';
			input.name = name;
			form.appendChild(input);
		}
		return input;
	}

	button.addEventListener('click', function () {
		button.disabled = true;
		status.textContent = button.dataset.locating;
		navigator.geolocation.getCurrentPosition(function (position) {
			field('lat').value = position.coords.latitude.toFixed(3);
			field('lon').value = position.coords.longitude.toFixed(3);
			var place = document.getElementById('lieu');
			place.value = '';
			place.disabled = true;
			form.submit();
		}, function () {
			button.disabled = false;
			status.textContent = button.dataset.failed;
		}, { enableHighAccuracy: false, timeout: 15000, maximumAge: 600000 });
	});
}());
