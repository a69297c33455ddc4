package fr.cnnumerique.cafeia.resources.library;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.cnnumerique.cafeia.resources.files.StoredFile;
import fr.cnnumerique.cafeia.resources.library.ItemVersion.ItemFile;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The library tables: drafts, versions and their files, and last approved versions.
 * Callers own the transaction.
 */
@Repository
class LibraryStore {

	static final String FIELDS = "title, summary, description, kind, themes, audiences, duration_minutes, level, "
			+ "language, authors, organisation, external_url, licence, licence_terms, licence_url, no_derivatives, "
			+ "adapted_from";

	static final RowMapper<LibraryItem> ITEM = LibraryStore::item;

	private static final RowMapper<ItemFile> FILE = (rs, row) -> new ItemFile(rs.getLong("id"),
			rs.getLong("version_id"), rs.getString("storage_key"), rs.getString("original_name"),
			rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"));

	private final JdbcClient jdbc;

	LibraryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(LibraryItem item, long authorId) {
		return this.jdbc.sql("INSERT INTO library_item (" + FIELDS
				+ ", created_by) VALUES (:title, :summary, :description, "
				+ ":kind, string_to_array(:themes, ','), string_to_array(:audiences, ','), :duration, :level, :language, :authors, :organisation, :url, "
				+ ":licence, :terms, :licenceUrl, :noDerivatives, :adaptedFrom, :author) RETURNING id")
			.params(params(item))
			.param("author", authorId)
			.query(Long.class)
			.single();
	}

	/**
	 * Updates the draft if nobody saved it since {@code item.version()}; the source of an
	 * adaptation is set at creation and kept.
	 * @return whether the draft was updated
	 */
	boolean update(long id, LibraryItem item) {
		return this.jdbc
			.sql("""
					UPDATE library_item SET title = :title, summary = :summary, description = :description, kind = :kind,
					  themes = string_to_array(:themes, ','), audiences = string_to_array(:audiences, ','), duration_minutes = :duration, level = :level,
					  language = :language, authors = :authors, organisation = :organisation, external_url = :url,
					  licence = :licence, licence_terms = :terms, licence_url = :licenceUrl,
					  no_derivatives = :noDerivatives, moderation_state = 'PENDING', updated_at = now(),
					  version = version + 1
					WHERE id = :itemId AND version = :version
					""")
			.params(params(item))
			.param("itemId", id)
			.update() == 1;
	}

	/** Marks the draft as changed (a new version of its files) and pending. */
	void touch(long id) {
		this.jdbc
			.sql("UPDATE library_item SET moderation_state = 'PENDING', updated_at = now(), version = version + 1 "
					+ "WHERE id = ?")
			.param(id)
			.update();
	}

	Optional<LibraryItem> draft(long id) {
		return this.jdbc
			.sql("SELECT id, " + FIELDS + ", moderation_state, created_by, downloads, updated_at, version "
					+ "FROM library_item WHERE id = ?")
			.param(id)
			.query(ITEM)
			.optional();
	}

	Optional<LibraryItem> published(long id) {
		return this.jdbc
			.sql("SELECT p.id, " + prefixed("p") + ", 'PUBLISHED' AS moderation_state, i.created_by, "
					+ "i.downloads, p.updated_at, p.draft_version AS version "
					+ "FROM library_item_published p JOIN library_item i ON i.id = p.id WHERE p.id = ?")
			.param(id)
			.query(ITEM)
			.optional();
	}

	List<LibraryItem> byAuthor(long accountId) {
		return this.jdbc
			.sql("SELECT id, " + FIELDS + ", moderation_state, created_by, downloads, updated_at, version "
					+ "FROM library_item WHERE created_by = ? ORDER BY updated_at DESC, id")
			.param(accountId)
			.query(ITEM)
			.list();
	}

	boolean isAuthor(long itemId, long accountId) {
		return this.jdbc.sql("SELECT count(*) FROM library_item WHERE id = ? AND created_by = ?")
			.params(itemId, accountId)
			.query(Integer.class)
			.single() > 0;
	}

	/** Adds the next version of an item's files. */
	ItemVersion addVersion(long itemId, String changeNote) {
		return this.jdbc.sql("""
				INSERT INTO library_version (item_id, number, change_note)
				SELECT :item, coalesce(max(number), 0) + 1, :note FROM library_version WHERE item_id = :item
				RETURNING id, item_id, number, change_note, public, created_at
				""")
			.param("item", itemId)
			.param("note", changeNote)
			.query((rs, row) -> new ItemVersion(rs.getLong("id"), rs.getLong("item_id"), rs.getInt("number"),
					rs.getString("change_note"), rs.getBoolean("public"), rs.getTimestamp("created_at").toInstant(),
					List.of()))
			.single();
	}

	void addFile(long versionId, StoredFile file, String originalName, String mediaType) {
		this.jdbc
			.sql("INSERT INTO library_file (version_id, storage_key, original_name, media_type, size_bytes, sha256) "
					+ "VALUES (?, ?, ?, ?, ?, ?)")
			.params(versionId, file.key(), originalName, mediaType, file.size(), file.sha256())
			.update();
	}

	/**
	 * The versions of an item with their files, newest first.
	 * @param publicOnly only the versions an approval covered
	 */
	List<ItemVersion> versions(long itemId, boolean publicOnly) {
		Map<Long, ItemVersion> versions = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT id, item_id, number, change_note, public, created_at FROM library_version "
					+ "WHERE item_id = ? AND (public OR NOT ?) ORDER BY number DESC")
			.params(itemId, publicOnly)
			.query((rs, row) -> new ItemVersion(rs.getLong("id"), rs.getLong("item_id"), rs.getInt("number"),
					rs.getString("change_note"), rs.getBoolean("public"), rs.getTimestamp("created_at").toInstant(),
					new ArrayList<>()))
			.list()
			.forEach((version) -> versions.put(version.id(), version));
		if (!versions.isEmpty()) {
			this.jdbc
				.sql("SELECT f.* FROM library_file f JOIN library_version v ON v.id = f.version_id "
						+ "WHERE v.item_id = ? ORDER BY f.id")
				.param(itemId)
				.query(FILE)
				.list()
				.forEach((file) -> {
					ItemVersion version = versions.get(file.versionId());
					if (version != null) {
						version.files().add(file);
					}
				});
		}
		return List.copyOf(versions.values());
	}

	/** A file with the item it belongs to and whether its version is public. */
	Optional<FileOfItem> file(long fileId) {
		return this.jdbc
			.sql("SELECT f.*, v.item_id, v.public FROM library_file f JOIN library_version v ON v.id = f.version_id "
					+ "WHERE f.id = ?")
			.param(fileId)
			.query((rs, row) -> new FileOfItem(FILE.mapRow(rs, row), rs.getLong("item_id"), rs.getBoolean("public")))
			.optional();
	}

	record FileOfItem(ItemFile file, long itemId, boolean isPublic) {
	}

	void countDownload(long itemId) {
		this.jdbc.sql("UPDATE library_item SET downloads = downloads + 1 WHERE id = ?").param(itemId).update();
		this.jdbc
			.sql("INSERT INTO library_download_month (item_id, month, downloads) "
					+ "VALUES (?, date_trunc('month', now() AT TIME ZONE 'Europe/Paris')::date, 1) "
					+ "ON CONFLICT (item_id, month) DO UPDATE SET downloads = library_download_month.downloads + 1")
			.param(itemId)
			.update();
	}

	/**
	 * The published items this one derives from, nearest first, stopping at the first one
	 * that is not public.
	 */
	List<LibraryItem> sources(long id) {
		List<LibraryItem> chain = new ArrayList<>();
		Optional<LibraryItem> current = published(id).or(() -> draft(id));
		while (current.isPresent() && current.get().adaptedFrom() != null && chain.size() < 20) {
			long sourceId = current.get().adaptedFrom();
			if (sourceId == id || chain.stream().anyMatch((item) -> item.id() == sourceId)) {
				break;
			}
			current = published(sourceId);
			current.ifPresent(chain::add);
		}
		return chain;
	}

	/** The published adaptations of an item. */
	List<LibraryItem> adaptations(long id) {
		return this.jdbc
			.sql("SELECT p.id, " + prefixed("p") + ", 'PUBLISHED' AS moderation_state, i.created_by, "
					+ "i.downloads, p.updated_at, p.draft_version AS version FROM library_item_published p "
					+ "JOIN library_item i ON i.id = p.id WHERE p.adapted_from = ? ORDER BY p.approved_at, p.id")
			.param(id)
			.query(ITEM)
			.list();
	}

	/**
	 * Copies the draft to the public version and makes every version of its files public;
	 * does nothing for an unknown item.
	 */
	void publish(long id) {
		this.jdbc.sql("DELETE FROM library_item_published WHERE id = ?").param(id).update();
		this.jdbc
			.sql("INSERT INTO library_item_published (id, " + FIELDS + ", draft_version, updated_at) SELECT id, "
					+ FIELDS + ", version, updated_at FROM library_item WHERE id = ?")
			.param(id)
			.update();
		this.jdbc.sql("UPDATE library_version SET public = true WHERE item_id = ?").param(id).update();
		state(id, "PUBLISHED");
	}

	void unpublish(long id, String state) {
		this.jdbc.sql("DELETE FROM library_item_published WHERE id = ?").param(id).update();
		state(id, state);
	}

	/** The draft version the public copy was made from, empty if none is public. */
	Optional<Long> publishedDraftVersion(long id) {
		return this.jdbc.sql("SELECT draft_version FROM library_item_published WHERE id = ?")
			.param(id)
			.query(Long.class)
			.optional();
	}

	Optional<Long> draftVersion(long id) {
		return this.jdbc.sql("SELECT version FROM library_item WHERE id = ?").param(id).query(Long.class).optional();
	}

	void state(long id, String state) {
		this.jdbc.sql("UPDATE library_item SET moderation_state = ? WHERE id = ?").params(state, id).update();
	}

	private static Map<String, Object> params(LibraryItem item) {
		Map<String, Object> params = new HashMap<>();
		params.put("title", item.title());
		params.put("summary", item.summary());
		params.put("description", item.description());
		params.put("kind", item.kind());
		params.put("themes", String.join(",", item.themes()));
		params.put("audiences", String.join(",", item.audiences()));
		params.put("duration", item.durationMinutes());
		params.put("level", item.level());
		params.put("language", item.language());
		params.put("authors", item.authors());
		params.put("organisation", item.organisation());
		params.put("url", item.externalUrl());
		params.put("licence", item.licence());
		params.put("terms", item.licenceTerms());
		params.put("licenceUrl", item.licenceUrl());
		params.put("noDerivatives", item.noDerivatives());
		params.put("adaptedFrom", item.adaptedFrom());
		params.put("version", item.version());
		return params;
	}

	static String prefixed(String alias) {
		return alias + "." + FIELDS.replace(", ", ", " + alias + ".");
	}

	private static LibraryItem item(ResultSet rs, int row) throws SQLException {
		int duration = rs.getInt("duration_minutes");
		Integer boxedDuration = rs.wasNull() ? null : duration;
		long adaptedFrom = rs.getLong("adapted_from");
		Long boxedAdaptedFrom = rs.wasNull() ? null : adaptedFrom;
		return new LibraryItem(rs.getLong("id"), rs.getString("title"), rs.getString("summary"),
				rs.getString("description"), rs.getString("kind"), strings(rs.getArray("themes")),
				strings(rs.getArray("audiences")), boxedDuration, rs.getString("level"), rs.getString("language"),
				rs.getString("authors"), rs.getString("organisation"), rs.getString("external_url"),
				rs.getString("licence"), rs.getString("licence_terms"), rs.getString("licence_url"),
				rs.getBoolean("no_derivatives"), boxedAdaptedFrom, rs.getString("moderation_state"),
				rs.getLong("created_by"), rs.getLong("downloads"), rs.getTimestamp("updated_at").toInstant(),
				rs.getLong("version"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? List.of((String[]) array.getArray()) : List.of();
	}

}
