/*
 * Map of the café search. The "Voir la carte" link works without JavaScript (it reloads
 * the page with carte=1); with JavaScript it opens the map in place. Leaflet is served by
 * the portal from its WebJar and loaded only then; markers come from /cafes.geojson with
 * the search's filters, the visible area and the zoom: the server answers clusters with
 * counts at low zoom, cafés at high zoom.
 */
(function () {
	'use strict';
	var toggle = document.getElementById('cafe-map-toggle');
	var area = document.getElementById('cafe-map-area');
	var container = document.getElementById('cafe-map');
	if (!toggle || !area || !container) {
		return;
	}
	var map = null;
	var layer = null;
	var pending = null;

	function load(done) {
		var link = document.createElement('link');
		link.rel = 'stylesheet';
		link.href = container.dataset.leafletCss;
		document.head.appendChild(link);
		var script = document.createElement('script');
		script.src = container.dataset.leafletJs;
		script.onload = done;
		script.onerror = failed;
		document.head.appendChild(script);
	}

	function failed() {
		container.textContent = container.dataset.error;
	}

	function url() {
		var bounds = map.getBounds();
		var bbox = [
			Math.max(-180, bounds.getWest()), Math.max(-90, bounds.getSouth()),
			Math.min(180, bounds.getEast()), Math.min(90, bounds.getNorth())
		].map(function (n) { return n.toFixed(5); }).join(',');
		var base = container.dataset.geojson;
		return base + (base.indexOf('?') >= 0 ? '&' : '?') + 'bbox=' + bbox + '&zoom=' + map.getZoom();
	}

	function refresh() {
		if (pending) {
			pending.abort();
		}
		pending = new AbortController();
		fetch(url(), { headers: { Accept: 'application/geo+json' }, signal: pending.signal })
			.then(function (response) { return response.ok ? response.json() : null; })
			.then(function (data) {
				if (data) {
					layer.clearLayers();
					layer.addData(data);
				}
			})
			.catch(function () { /* a newer request replaced this one */ });
	}

	function popup(properties) {
		var box = document.createElement('div');
		var link = document.createElement('a');
		link.href = properties.url;
		link.textContent = properties.title;
		box.appendChild(link);
		var when = document.createElement('p');
		when.textContent = new Date(properties.start).toLocaleString(document.documentElement.lang || 'fr',
			{ dateStyle: 'full', timeStyle: 'short' }) + (properties.commune ? ' · ' + properties.commune : '');
		box.appendChild(when);
		return box;
	}

	function start() {
		var L = window.L;
		container.textContent = '';
		map = L.map(container);
		var lat = parseFloat(container.dataset.lat);
		var lon = parseFloat(container.dataset.lon);
		if (isFinite(lat) && isFinite(lon)) {
			var radius = parseFloat(container.dataset.radius) || 30;
			map.fitBounds(L.latLng(lat, lon).toBounds(radius * 2000));
		} else {
			map.setView([46.6, 2.4], 5);
		}
		L.tileLayer(container.dataset.tiles, { attribution: container.dataset.attribution, maxZoom: 18 }).addTo(map);
		layer = L.geoJSON(null, {
			pointToLayer: function (feature, latlng) {
				var p = feature.properties;
				if (p.cluster) {
					return L.marker(latlng, {
						icon: L.divIcon({ className: 'cafe-cluster', html: String(p.count) }),
						title: String(p.count)
					}).on('click', function () {
						var b = p.bbox;
						if (b && (b[0] !== b[2] || b[1] !== b[3])) {
							map.fitBounds([[b[1], b[0]], [b[3], b[2]]]);
						} else {
							map.setView(latlng, p.zoom);
						}
					});
				}
				return L.marker(latlng, { title: p.title });
			},
			onEachFeature: function (feature, marker) {
				if (!feature.properties.cluster) {
					marker.bindPopup(popup(feature.properties));
				}
			}
		}).addTo(map);
		map.on('moveend', refresh);
		refresh();
	}

	function open() {
		area.hidden = false;
		toggle.textContent = toggle.dataset.hideLabel;
		toggle.setAttribute('aria-expanded', 'true');
		if (map) {
			map.invalidateSize();
		} else {
			if (window.L) {
				start();
			} else {
				load(start);
			}
		}
	}

	function close() {
		area.hidden = true;
		toggle.textContent = toggle.dataset.showLabel;
		toggle.setAttribute('aria-expanded', 'false');
	}

	toggle.addEventListener('click', function (event) {
		event.preventDefault();
		if (area.hidden) {
			open();
		} else {
			close();
		}
	});
	if (container.dataset.open === 'true') {
		open();
	}
}());
