package fr.cnnumerique.cafeia.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The background map of the venue directory and of the cafés, loaded only when a visitor
 * asks for the map.
 *
 * @param tilesUrl tile URL template with {@code {z}}, {@code {x}} and {@code {y}}; the
 * default is the Plan IGN v2 of the Géoplateforme (WMTS, Licence Ouverte)
 * @param attribution credit shown on the map
 */
@ConfigurationProperties("cafeia.map")
public record MapProperties(@DefaultValue(MapProperties.DEFAULT_TILES) String tilesUrl,
		@DefaultValue("© IGN") String attribution) {

	/** The Plan IGN v2 of the Géoplateforme, as a WMTS tile URL template. */
	public static final String DEFAULT_TILES = "https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0"
			+ "&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2&STYLE=normal&TILEMATRIXSET=PM&FORMAT=image/png"
			+ "&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}";

}
