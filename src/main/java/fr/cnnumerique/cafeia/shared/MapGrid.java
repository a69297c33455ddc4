package fr.cnnumerique.cafeia.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.RowMapper;

/**
 * Server-side clustering for the maps of venues and cafés: below
 * {@link #CLUSTER_BELOW_ZOOM}, points are grouped on a grid whose cells halve at each
 * zoom level, so the browser never receives thousands of markers; at higher zooms the map
 * gets the points themselves. Also builds the GeoJSON (RFC 7946) the maps read.
 * <p>
 * A query on a table with columns {@code latitude} and {@code longitude} selects
 * {@link #clusterColumns}, keeps rows {@link #withinBox}, groups them {@link #groupBy}
 * the grid, reads them with {@link #CLUSTER}, and turns them into features with
 * {@link #clusterFeatures}.
 */
public final class MapGrid {

	/** Below this zoom level the map gets clusters rather than points. */
	public static final int CLUSTER_BELOW_ZOOM = 11;

	/** The highest zoom level accepted. */
	public static final int MAX_ZOOM = 22;

	/** The media type of GeoJSON. */
	public static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

	/** Reads the {@link #clusterColumns columns of a cluster}. */
	public static final RowMapper<Cluster> CLUSTER = MapGrid::cluster;

	private MapGrid() {
	}

	/**
	 * Points of the map grouped in a cell of the grid.
	 *
	 * @param count how many points
	 * @param latitude latitude of their centroid
	 * @param longitude longitude of their centroid
	 * @param extent the smallest box holding them all
	 */
	public record Cluster(int count, double latitude, double longitude, BoundingBox extent) {

	}

	/**
	 * SQL condition keeping rows inside a box given as {@link BoundingBox#params()}.
	 * @param alias the table alias
	 * @return the condition
	 */
	public static String withinBox(String alias) {
		return alias + ".latitude BETWEEN :minLat AND :maxLat AND " + alias + ".longitude BETWEEN :minLng AND :maxLng";
	}

	/**
	 * SQL columns of a cluster: count, centroid and extent of its points.
	 * @param alias the table alias
	 * @return the select list
	 */
	public static String clusterColumns(String alias) {
		return ("count(*) AS n, avg(%1$s.latitude) AS lat, avg(%1$s.longitude) AS lng, min(%1$s.latitude) AS min_lat, "
				+ "min(%1$s.longitude) AS min_lng, max(%1$s.latitude) AS max_lat, max(%1$s.longitude) AS max_lng")
			.formatted(alias);
	}

	/**
	 * SQL grouping of rows on the grid, whose cell size is the named parameter
	 * {@code :cell} (see {@link #cellDegrees}).
	 * @param alias the table alias
	 * @return the group-by list
	 */
	public static String groupBy(String alias) {
		return "floor(%1$s.latitude / :cell), floor(%1$s.longitude / :cell)".formatted(alias);
	}

	/**
	 * Parses a {@code zoom} parameter.
	 * @param text the parameter, may be {@code null}
	 * @return the zoom level from 0 to {@link #MAX_ZOOM}, empty otherwise
	 */
	public static OptionalInt zoom(String text) {
		if (text == null || !text.strip().matches("[0-9]{1,2}")) {
			return OptionalInt.empty();
		}
		int zoom = Integer.parseInt(text.strip());
		return (zoom <= MAX_ZOOM) ? OptionalInt.of(zoom) : OptionalInt.empty();
	}

	/**
	 * Whether a map at this zoom gets clusters.
	 * @param zoom a zoom level
	 * @return {@code true} below {@link #CLUSTER_BELOW_ZOOM}
	 */
	public static boolean clusters(int zoom) {
		return zoom < CLUSTER_BELOW_ZOOM;
	}

	/**
	 * The side of a grid cell: 40° at zoom 0, halved at each level, about a fifth of a
	 * 256-pixel tile so a screen holds a few dozen clusters.
	 * @param zoom a zoom level
	 * @return the cell size in degrees
	 */
	public static double cellDegrees(int zoom) {
		return 40.0 / Math.pow(2, zoom);
	}

	/**
	 * A GeoJSON point feature.
	 * @param longitude WGS 84 longitude
	 * @param latitude WGS 84 latitude
	 * @param properties the feature's properties, in their order
	 * @return the feature, ready to serialise
	 */
	public static Map<String, Object> pointFeature(double longitude, double latitude, Map<String, Object> properties) {
		Map<String, Object> feature = new LinkedHashMap<>();
		feature.put("type", "Feature");
		feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(longitude, latitude)));
		feature.put("properties", properties);
		return feature;
	}

	/**
	 * A cluster as a GeoJSON point feature at its centroid, with the properties
	 * {@code cluster} (true), {@code count}, {@code bbox} (the extent of its points) and
	 * {@code zoom} (the level to zoom to so that it splits).
	 * @param cluster the cluster
	 * @param zoom the zoom level the cluster was computed for
	 * @return the feature, ready to serialise
	 */
	public static Map<String, Object> clusterFeature(Cluster cluster, int zoom) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("cluster", true);
		properties.put("count", cluster.count());
		properties.put("bbox", cluster.extent().asList());
		properties.put("zoom", Math.min(zoom + 2, CLUSTER_BELOW_ZOOM));
		return pointFeature(cluster.longitude(), cluster.latitude(), properties);
	}

	/**
	 * Clusters as GeoJSON features.
	 * @param clusters the clusters
	 * @param zoom the zoom level they were computed for
	 * @return the features
	 */
	public static List<Map<String, Object>> clusterFeatures(List<Cluster> clusters, int zoom) {
		List<Map<String, Object>> features = new ArrayList<>(clusters.size());
		clusters.forEach((cluster) -> features.add(clusterFeature(cluster, zoom)));
		return features;
	}

	/**
	 * A GeoJSON feature collection.
	 * @param features the features
	 * @return the collection, ready to serialise
	 */
	public static Map<String, Object> featureCollection(List<Map<String, Object>> features) {
		Map<String, Object> collection = new LinkedHashMap<>();
		collection.put("type", "FeatureCollection");
		collection.put("features", features);
		return collection;
	}

	private static Cluster cluster(ResultSet rs, int row) throws SQLException {
		return new Cluster(rs.getInt("n"), rs.getDouble("lat"), rs.getDouble("lng"), new BoundingBox(
				rs.getDouble("min_lng"), rs.getDouble("min_lat"), rs.getDouble("max_lng"), rs.getDouble("max_lat")));
	}

}
