/*
 * Point picker of the venue form: when JavaScript runs, a button opens a map (Leaflet,
 * served by the portal) centred on the typed or stored point; a click on the map moves
 * the marker and fills the latitude and longitude fields, which stay the reference and
 * work without it.
 */
(function () {
	'use strict';
	var toggle = document.getElementById('point-picker-toggle');
	var container = document.getElementById('point-picker');
	var help = document.getElementById('point-picker-help');
	var latitude = document.getElementById('latitude');
	var longitude = document.getElementById('longitude');
	if (!toggle || !container || !latitude || !longitude) {
		return;
	}
	var showLabel = toggle.textContent;
	var map = null;
	var marker = null;
	toggle.hidden = false;

	function current() {
		var lat = parseFloat(String(latitude.value).replace(',', '.'));
		var lng = parseFloat(String(longitude.value).replace(',', '.'));
		return (isFinite(lat) && isFinite(lng)) ? [lat, lng] : null;
	}

	function place(latlng) {
		if (marker) {
			marker.setLatLng(latlng);
		} else {
			marker = window.L.marker(latlng).addTo(map);
		}
	}

	function start() {
		var L = window.L;
		var point = current();
		map = L.map(container).setView(point || [46.6, 2.4], point ? 16 : 5);
		L.tileLayer(container.dataset.tiles, { attribution: container.dataset.attribution, maxZoom: 19 }).addTo(map);
		if (point) {
			place(point);
		}
		map.on('click', function (event) {
			place(event.latlng);
			latitude.value = event.latlng.lat.toFixed(6);
			longitude.value = event.latlng.lng.toFixed(6);
		});
	}

	function load(done) {
		var link = document.createElement('link');
		link.rel = 'stylesheet';
		link.href = container.dataset.leafletCss;
		document.head.appendChild(link);
		var script = document.createElement('script');
		script.src = container.dataset.leafletJs;
		script.onload = done;
		document.head.appendChild(script);
	}

	toggle.addEventListener('click', function () {
		var opening = container.hidden;
		container.hidden = !opening;
		help.hidden = !opening;
		toggle.textContent = opening ? toggle.dataset.hideLabel : showLabel;
		toggle.setAttribute('aria-expanded', String(opening));
		if (opening && !map) {
			container.setAttribute('role', 'region');
			container.setAttribute('aria-label', container.dataset.label);
			if (window.L) {
				start();
			} else {
				load(start);
			}
		}
	});
})();
