package fr.cnnumerique.cafeia.directory.venue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The venue tables: drafts, managers and last approved versions. Callers own the
 * transaction.
 */
@Repository
class VenueStore {

	static final String FIELDS = "name, type, street, postal_code, insee_code, commune_name, latitude, longitude, "
			+ "step_free, adapted_toilets, hearing_loop, other_access, access_details, capacity, opening_hours, "
			+ "website, description, organisation, siret, rna, ready_to_host";

	static final RowMapper<VenueDraft> DRAFT = VenueStore::draft;

	private final JdbcClient jdbc;

	VenueStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(VenueDraft venue, long authorId) {
		long id = this.jdbc
			.sql("INSERT INTO venue (" + FIELDS + ", created_by) VALUES (:name, :type, :street, "
					+ ":postalCode, :inseeCode, :communeName, :latitude, :longitude, :stepFree, :adaptedToilets, "
					+ ":hearingLoop, :otherAccess, :accessDetails, :capacity, :openingHours, :website, :description, "
					+ ":organisation, :siret, :rna, :readyToHost, :author) RETURNING id")
			.params(params(venue))
			.param("author", authorId)
			.query(Long.class)
			.single();
		this.jdbc.sql("INSERT INTO venue_manager (venue_id, account_id, role) VALUES (?, ?, 'OWNER')")
			.params(id, authorId)
			.update();
		return id;
	}

	/**
	 * Updates the draft if nobody saved it since {@code venue.version()}.
	 * @return whether the draft was updated
	 */
	boolean update(long id, VenueDraft venue) {
		return this.jdbc.sql("""
				UPDATE venue SET name = :name, type = :type, street = :street, postal_code = :postalCode,
				  insee_code = :inseeCode, commune_name = :communeName, latitude = :latitude, longitude = :longitude,
				  step_free = :stepFree, adapted_toilets = :adaptedToilets, hearing_loop = :hearingLoop,
				  other_access = :otherAccess, access_details = :accessDetails, capacity = :capacity,
				  opening_hours = :openingHours, website = :website, description = :description,
				  organisation = :organisation, siret = :siret, rna = :rna, ready_to_host = :readyToHost,
				  moderation_state = 'PENDING', updated_at = now(), version = version + 1
				WHERE id = :venueId AND version = :version
				""").params(params(venue)).param("venueId", id).update() == 1;
	}

	Optional<VenueDraft> draft(long id) {
		return this.jdbc.sql("SELECT id, " + FIELDS + ", moderation_state, updated_at, version FROM venue WHERE id = ?")
			.param(id)
			.query(DRAFT)
			.optional();
	}

	Optional<VenueDraft> published(long id) {
		return this.jdbc
			.sql("SELECT id, " + FIELDS + ", 'PUBLISHED' AS moderation_state, updated_at, 0 AS version "
					+ "FROM venue_public WHERE id = ?")
			.param(id)
			.query(DRAFT)
			.optional();
	}

	List<VenueDraft> managedBy(long accountId) {
		return this.jdbc.sql("SELECT v.id, " + prefixed("v") + ", v.moderation_state, v.updated_at, v.version "
				+ "FROM venue v JOIN venue_manager m ON m.venue_id = v.id WHERE m.account_id = ? ORDER BY v.name, v.id")
			.param(accountId)
			.query(DRAFT)
			.list();
	}

	boolean isManager(long venueId, long accountId) {
		return this.jdbc.sql("SELECT count(*) FROM venue_manager WHERE venue_id = ? AND account_id = ?")
			.params(venueId, accountId)
			.query(Integer.class)
			.single() > 0;
	}

	/** The accounts managing a venue that are not suspended, owner first. */
	List<Long> managers(long venueId) {
		return this.jdbc.sql(
				"SELECT account_id FROM venue_manager WHERE venue_id = ? AND NOT suspended ORDER BY role DESC, account_id")
			.param(venueId)
			.query(Long.class)
			.list();
	}

	/** Every manager of a venue, suspended or not, owner first then by arrival. */
	List<Manager> managerRows(long venueId) {
		return this.jdbc
			.sql("SELECT account_id, role = 'OWNER' AS owner FROM venue_manager WHERE venue_id = ? "
					+ "ORDER BY role DESC, created_at, account_id")
			.param(venueId)
			.query((rs, row) -> new Manager(rs.getLong("account_id"), rs.getBoolean("owner")))
			.list();
	}

	/**
	 * Adds a co-manager.
	 * @return {@code false} if the account already manages the venue
	 */
	boolean addCoManager(long venueId, long accountId) {
		return this.jdbc
			.sql("INSERT INTO venue_manager (venue_id, account_id, role) VALUES (?, ?, 'CO_MANAGER') "
					+ "ON CONFLICT (venue_id, account_id) DO NOTHING")
			.params(venueId, accountId)
			.update() == 1;
	}

	/** Removes a co-manager; never the owner. */
	boolean removeCoManager(long venueId, long accountId) {
		return this.jdbc.sql("DELETE FROM venue_manager WHERE venue_id = ? AND account_id = ? AND role = 'CO_MANAGER'")
			.params(venueId, accountId)
			.update() == 1;
	}

	record Manager(long accountId, boolean owner) {
	}

	Optional<Long> ownerOf(long venueId) {
		return this.jdbc.sql("SELECT account_id FROM venue_manager WHERE venue_id = ? AND role = 'OWNER'")
			.param(venueId)
			.query(Long.class)
			.optional();
	}

	/** Copies the draft to the public version; does nothing for an unknown venue. */
	void publish(long id) {
		this.jdbc.sql("DELETE FROM venue_published WHERE id = ?").param(id).update();
		this.jdbc
			.sql("INSERT INTO venue_published (id, " + FIELDS + ", updated_at) SELECT id, " + FIELDS
					+ ", updated_at FROM venue WHERE id = ?")
			.param(id)
			.update();
		state(id, "PUBLISHED");
	}

	void unpublish(long id, String state) {
		this.jdbc.sql("DELETE FROM venue_published WHERE id = ?").param(id).update();
		state(id, state);
	}

	private void state(long id, String state) {
		this.jdbc.sql("UPDATE venue SET moderation_state = ? WHERE id = ?").params(state, id).update();
	}

	private static java.util.Map<String, Object> params(VenueDraft venue) {
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		params.put("name", venue.name());
		params.put("type", venue.type());
		params.put("street", venue.street());
		params.put("postalCode", venue.postalCode());
		params.put("inseeCode", venue.inseeCode());
		params.put("communeName", venue.communeName());
		params.put("latitude", venue.latitude());
		params.put("longitude", venue.longitude());
		params.put("stepFree", venue.stepFree());
		params.put("adaptedToilets", venue.adaptedToilets());
		params.put("hearingLoop", venue.hearingLoop());
		params.put("otherAccess", venue.otherAccess());
		params.put("accessDetails", venue.accessDetails());
		params.put("capacity", venue.capacity());
		params.put("openingHours", venue.openingHours());
		params.put("website", venue.website());
		params.put("description", venue.description());
		params.put("organisation", venue.organisation());
		params.put("siret", venue.siret());
		params.put("rna", venue.rna());
		params.put("readyToHost", venue.readyToHost());
		params.put("version", venue.version());
		return params;
	}

	static String prefixed(String alias) {
		return alias + "." + FIELDS.replace(", ", ", " + alias + ".");
	}

	private static VenueDraft draft(ResultSet rs, int row) throws SQLException {
		int capacity = rs.getInt("capacity");
		Integer boxedCapacity = rs.wasNull() ? null : capacity;
		return new VenueDraft(rs.getLong("id"), rs.getString("name"), rs.getString("type"), rs.getString("street"),
				rs.getString("postal_code"), rs.getString("insee_code"), rs.getString("commune_name"),
				rs.getDouble("latitude"), rs.getDouble("longitude"), rs.getBoolean("step_free"),
				rs.getBoolean("adapted_toilets"), rs.getBoolean("hearing_loop"), rs.getBoolean("other_access"),
				rs.getString("access_details"), boxedCapacity, rs.getString("opening_hours"), rs.getString("website"),
				rs.getString("description"), rs.getString("organisation"), rs.getString("siret"), rs.getString("rna"),
				rs.getBoolean("ready_to_host"), rs.getString("moderation_state"),
				rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));
	}

}
