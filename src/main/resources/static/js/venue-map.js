/*
 * Map of the venue directory, loaded only when the visitor asks for it: reveals the
 * "show the map" button, then on the first click loads Leaflet (served by the portal from
 * its WebJar) and asks the server for clusters or points of the visible area.
 */
(function () {
	'use strict';
	var toggle = document.getElementById('venue-map-toggle');
	var container = document.getElementById('venue-map');
	if (!toggle || !container) {
		return;
	}
	var showLabel = toggle.textContent;
	var map = null;
	var layer = null;
	toggle.hidden = false;

	function load(src, css, done) {
		var link = document.createElement('link');
		link.rel = 'stylesheet';
		link.href = css;
		document.head.appendChild(link);
		var script = document.createElement('script');
		script.src = src;
		script.onload = done;
		document.head.appendChild(script);
	}

	function refresh() {
		var bounds = map.getBounds();
		var bbox = [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()]
			.map(function (n) { return Math.max(-180, Math.min(180, n)).toFixed(5); }).join(',');
		var url = container.dataset.geojson + '?bbox=' + bbox + '&zoom=' + map.getZoom();
		fetch(url, { headers: { Accept: 'application/geo+json' } })
			.then(function (response) { return response.ok ? response.json() : null; })
			.then(function (data) {
				if (!data) {
					return;
				}
				layer.clearLayers();
				layer.addData(data);
			});
	}

	function start() {
		var L = window.L;
		map = L.map(container).setView([46.6, 2.4], 5);
		L.tileLayer(container.dataset.tiles, { attribution: container.dataset.attribution, maxZoom: 18 }).addTo(map);
		layer = L.geoJSON(null, {
			pointToLayer: function (feature, latlng) {
				if (feature.properties.cluster) {
					return L.marker(latlng, {
						icon: L.divIcon({ className: 'venue-cluster', html: String(feature.properties.count) })
					}).on('click', function () { map.setView(latlng, map.getZoom() + 2); });
				}
				return L.marker(latlng);
			},
			onEachFeature: function (feature, marker) {
				if (!feature.properties.cluster) {
					var link = document.createElement('a');
					link.href = feature.properties.url;
					link.textContent = feature.properties.name;
					marker.bindPopup(link);
				}
			}
		}).addTo(map);
		map.on('moveend', refresh);
		refresh();
	}

	toggle.addEventListener('click', function () {
		var opening = container.hidden;
		container.hidden = !opening;
		toggle.textContent = opening ? toggle.dataset.hideLabel : showLabel;
		toggle.setAttribute('aria-expanded', String(opening));
		if (opening && !map) {
			container.setAttribute('role', 'region');
			container.setAttribute('aria-label', container.dataset.label);
			load(container.dataset.leafletJs, container.dataset.leafletCss, start);
		}
	});
}());
