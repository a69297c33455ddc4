package fr.cnnumerique.cafeia.directory.facilitator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import fr.cnnumerique.cafeia.accounts.AccountDeleted;
import fr.cnnumerique.cafeia.accounts.AccountReactivated;
import fr.cnnumerique.cafeia.accounts.AccountSuspended;
import fr.cnnumerique.cafeia.moderation.ChangesRequested;
import fr.cnnumerique.cafeia.moderation.ContentApproved;
import fr.cnnumerique.cafeia.moderation.ContentRejected;
import fr.cnnumerique.cafeia.moderation.ContentUnpublished;
import fr.cnnumerique.cafeia.moderation.ModerationQueue;
import fr.cnnumerique.cafeia.moderation.ModerationStatus;
import fr.cnnumerique.cafeia.moderation.Submission;
import fr.cnnumerique.cafeia.taxonomy.Taxonomies;
import fr.cnnumerique.cafeia.taxonomy.Term;
import fr.cnnumerique.cafeia.taxonomy.Vocabulary;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facilitators' profiles: the draft each facilitator edits, and the approved listing the
 * public sees. Every save of an opted-in profile is submitted to the moderation queue;
 * the listing changes only through moderation decisions:
 * <ul>
 * <li>{@link ContentApproved}: the draft becomes the listing (a profile that opted out
 * meanwhile stays private, and a draft saved again after the decision waits for its own
 * approval);</li>
 * <li>{@link ChangesRequested}: the public keeps the last approved version, unless that
 * version is the one sent back (published at once for a trusted author), which is
 * removed;</li>
 * <li>{@link ContentRejected} and {@link ContentUnpublished}: the listing is removed, the
 * page is gone until an edit is approved.</li>
 * </ul>
 * Opting out removes the listing and withdraws the profile from the queue at once.
 * Suspended accounts' profiles are hidden until reactivation; a deleted account's profile
 * is erased. Every listener is idempotent: events may be delivered again.
 */
@Service
class FacilitatorProfiles {

	private static final String PROFILE_SELECT = """
			SELECT p.*, EXISTS (SELECT 1 FROM facilitator_listing l WHERE l.profile_id = p.id) AS published
			FROM facilitator_profile p
			""";

	private static final RowMapper<FacilitatorProfile> PROFILE = (rs, rowNum) -> new FacilitatorProfile(
			rs.getLong("id"), rs.getLong("account_id"), ProfileContent.from(rs), rs.getBoolean("opted_in"),
			rs.getBoolean("suspended"), rs.getBoolean("published"), rs.getLong("version"));

	private final JdbcClient jdbc;

	private final ModerationQueue queue;

	private final Taxonomies taxonomies;

	private final MessageSource messages;

	FacilitatorProfiles(JdbcClient jdbc, ModerationQueue queue, Taxonomies taxonomies, MessageSource messages) {
		this.jdbc = jdbc;
		this.queue = queue;
		this.taxonomies = taxonomies;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	Optional<FacilitatorProfile> ofAccount(long accountId) {
		return this.jdbc.sql(PROFILE_SELECT + " WHERE p.account_id = :account")
			.param("account", accountId)
			.query(PROFILE)
			.optional();
	}

	@Transactional(readOnly = true)
	Optional<ModerationStatus> moderationStatus(FacilitatorProfile profile) {
		return this.queue.statusOf(FacilitatorProfile.CONTENT_TYPE, profile.contentId());
	}

	/**
	 * Creates or updates the account's profile, then submits it (opted in) or takes it
	 * off the site (opted out).
	 * @param expectedVersion the version the form was shown with, {@code null} for a new
	 * profile
	 * @throws OptimisticLockingFailureException if the profile changed since
	 */
	@Transactional
	FacilitatorProfile save(long accountId, ProfileContent content, boolean optedIn, Long expectedVersion) {
		Map<String, Object> values = values(content);
		Optional<FacilitatorProfile> existing = ofAccount(accountId);
		long id;
		if (existing.isEmpty()) {
			id = this.jdbc
				.sql("""
						INSERT INTO facilitator_profile (account_id, name, bio, commune_insee, commune_name, postal_code,
						    departement_code, departement_name, region_code, region_name, latitude, longitude, organisation,
						    themes, audiences, languages, in_person, online, travel_km, looking_for_venue, opted_in)
						VALUES (:account, :name, :bio, :communeInsee, :communeName, :postalCode, :departementCode,
						    :departementName, :regionCode, :regionName, :latitude, :longitude, :organisation,
						    string_to_array(:themes, ','), string_to_array(:audiences, ','), string_to_array(:languages, ','),
						    :inPerson, :online, :travelKm, :lookingForVenue, :optedIn)
						ON CONFLICT (account_id) DO NOTHING
						RETURNING id
						""")
				.params(values)
				.param("account", accountId)
				.param("optedIn", optedIn)
				.query(Long.class)
				.optional()
				.orElseThrow(() -> new OptimisticLockingFailureException("Profile created concurrently"));
		}
		else {
			id = existing.get().id();
			long version = (expectedVersion != null) ? expectedVersion : existing.get().version();
			int updated = this.jdbc.sql("""
					UPDATE facilitator_profile SET name = :name, bio = :bio, commune_insee = :communeInsee,
					    commune_name = :communeName, postal_code = :postalCode, departement_code = :departementCode,
					    departement_name = :departementName, region_code = :regionCode, region_name = :regionName,
					    latitude = :latitude, longitude = :longitude, organisation = :organisation,
					    themes = string_to_array(:themes, ','), audiences = string_to_array(:audiences, ','),
					    languages = string_to_array(:languages, ','), in_person = :inPerson, online = :online,
					    travel_km = :travelKm, looking_for_venue = :lookingForVenue, opted_in = :optedIn,
					    updated_at = now(), version = version + 1
					WHERE id = :id AND version = :version
					""").params(values).param("optedIn", optedIn).param("id", id).param("version", version).update();
			if (updated == 0) {
				throw new OptimisticLockingFailureException("Profile " + id + " changed since version " + version);
			}
		}
		FacilitatorProfile saved = ofAccount(accountId).orElseThrow();
		if (optedIn) {
			this.queue.submit(new Submission(FacilitatorProfile.CONTENT_TYPE, saved.contentId(), content.name(),
					accountId, saved.path(), content.excerpt(), versionText(content)));
		}
		else {
			unlist(id);
			this.queue.withdraw(FacilitatorProfile.CONTENT_TYPE, saved.contentId());
		}
		return ofAccount(accountId).orElseThrow();
	}

	/**
	 * Everything the public would see, one field a line, in French for the moderators'
	 * diff.
	 */
	String versionText(ProfileContent content) {
		Locale fr = Locale.FRENCH;
		List<String> lines = new ArrayList<>();
		lines.add(label("name", fr) + " " + content.name());
		lines.add(label("commune", fr) + " " + content.communeLabel() + ", " + content.departementName() + ", "
				+ content.regionName());
		lines.add(label("organisation", fr) + " " + orEmpty(content.organisation()));
		lines.add(label("themes", fr) + " " + labels(Vocabulary.THEME, content.themes(), fr));
		lines.add(label("audiences", fr) + " " + labels(Vocabulary.AUDIENCE, content.audiences(), fr));
		lines.add(label("languages", fr) + " "
				+ String.join(", ",
						content.languages()
							.stream()
							.map((code) -> this.messages.getMessage("directory.language." + code, null, code, fr))
							.toList()));
		List<String> formats = new ArrayList<>();
		if (content.inPerson()) {
			formats.add(this.messages.getMessage("directory.profile.in-person", null, fr));
		}
		if (content.online()) {
			formats.add(this.messages.getMessage("directory.profile.online", null, fr));
		}
		lines.add(label("formats", fr) + " " + String.join(", ", formats));
		lines.add(label("travel", fr) + " " + content.travelKm() + " km");
		lines.add(label("looking-for-venue", fr) + " " + this.messages
			.getMessage(content.lookingForVenue() ? "directory.version.yes" : "directory.version.no", null, fr));
		lines.add(label("bio", fr));
		lines.add(orEmpty(content.bio()));
		return String.join("\n", lines);
	}

	private String label(String field, Locale locale) {
		return this.messages.getMessage("directory.version." + field, null, locale);
	}

	private String labels(Vocabulary vocabulary, List<String> codes, Locale locale) {
		return String.join(", ",
				this.taxonomies.findAll(vocabulary, codes).stream().map((term) -> term.label(locale)).toList());
	}

	private static String orEmpty(String text) {
		return (text != null) ? text : "";
	}

	private static Map<String, Object> values(ProfileContent content) {
		Map<String, Object> values = new java.util.HashMap<>();
		values.put("name", content.name());
		values.put("bio", content.bio());
		values.put("communeInsee", content.communeInsee());
		values.put("communeName", content.communeName());
		values.put("postalCode", content.postalCode());
		values.put("departementCode", content.departementCode());
		values.put("departementName", content.departementName());
		values.put("regionCode", content.regionCode());
		values.put("regionName", content.regionName());
		values.put("latitude", content.latitude());
		values.put("longitude", content.longitude());
		values.put("organisation", content.organisation());
		values.put("themes", String.join(",", content.themes()));
		values.put("audiences", String.join(",", content.audiences()));
		values.put("languages", String.join(",", content.languages()));
		values.put("inPerson", content.inPerson());
		values.put("online", content.online());
		values.put("travelKm", content.travelKm());
		values.put("lookingForVenue", content.lookingForVenue());
		return values;
	}

	List<Term> termsOf(Vocabulary vocabulary, List<String> codes) {
		return this.taxonomies.findAll(vocabulary, codes);
	}

	/**
	 * The event does not say which version was approved: if the facilitator saved again
	 * after the decision, the queue holds the new draft as pending and the draft must not
	 * be listed; its own approval will list it.
	 */
	@ApplicationModuleListener
	void on(ContentApproved event) {
		profileOf(event.contentType(), event.contentId())
			.filter((id) -> this.queue.statusOf(FacilitatorProfile.CONTENT_TYPE, Long.toString(id))
				.filter((status) -> status == ModerationStatus.PUBLISHED)
				.isPresent())
			.ifPresent(this::publish);
	}

	/**
	 * Compares fields rather than version texts, which also hold taxonomy labels that may
	 * have been renamed since the listing was approved.
	 */
	@ApplicationModuleListener
	void on(ChangesRequested event) {
		profileOf(event.contentType(), event.contentId()).ifPresent((id) -> this.jdbc.sql("""
				DELETE FROM facilitator_listing l USING facilitator_profile p
				WHERE l.profile_id = p.id AND p.id = :id
				  AND ROW(l.name, l.bio, l.commune_insee, l.postal_code, l.organisation, l.themes, l.audiences,
				          l.languages, l.in_person, l.online, l.travel_km, l.looking_for_venue)
				      IS NOT DISTINCT FROM
				      ROW(p.name, p.bio, p.commune_insee, p.postal_code, p.organisation, p.themes, p.audiences,
				          p.languages, p.in_person, p.online, p.travel_km, p.looking_for_venue)
				""").param("id", id).update());
	}

	@ApplicationModuleListener
	void on(ContentRejected event) {
		profileOf(event.contentType(), event.contentId()).ifPresent(this::unlist);
	}

	@ApplicationModuleListener
	void on(ContentUnpublished event) {
		profileOf(event.contentType(), event.contentId()).ifPresent(this::unlist);
	}

	@ApplicationModuleListener
	void on(AccountSuspended event) {
		this.jdbc.sql("UPDATE facilitator_profile SET suspended = true, updated_at = now() WHERE account_id = ?")
			.param(event.accountId())
			.update();
	}

	@ApplicationModuleListener
	void on(AccountReactivated event) {
		this.jdbc.sql("UPDATE facilitator_profile SET suspended = false, updated_at = now() WHERE account_id = ?")
			.param(event.accountId())
			.update();
	}

	@ApplicationModuleListener
	void on(AccountDeleted event) {
		this.jdbc.sql("DELETE FROM facilitator_profile WHERE account_id = ? RETURNING id")
			.param(event.accountId())
			.query(Long.class)
			.list()
			.forEach((id) -> this.queue.withdraw(FacilitatorProfile.CONTENT_TYPE, Long.toString(id)));
	}

	private Optional<Long> profileOf(String contentType, String contentId) {
		if (!FacilitatorProfile.CONTENT_TYPE.equals(contentType) || !contentId.matches("[0-9]{1,18}")) {
			return Optional.empty();
		}
		return Optional.of(Long.parseLong(contentId));
	}

	/**
	 * Lists the current draft as if a moderator had approved it: for demo data only.
	 */
	@Transactional
	void listAsApproved(long id) {
		publish(id);
	}

	private void publish(long id) {
		Optional<FacilitatorProfile> profile = this.jdbc.sql(PROFILE_SELECT + " WHERE p.id = :id")
			.param("id", id)
			.query(PROFILE)
			.optional();
		if (profile.isEmpty() || !profile.get().optedIn()) {
			return;
		}
		ProfileContent content = profile.get().content();
		this.jdbc.sql("""
				INSERT INTO facilitator_listing (profile_id, name, bio, commune_insee, commune_name, postal_code,
				    departement_code, departement_name, region_code, region_name, latitude, longitude, organisation,
				    themes, audiences, languages, in_person, online, travel_km, looking_for_venue, version_text)
				VALUES (:id, :name, :bio, :communeInsee, :communeName, :postalCode, :departementCode,
				    :departementName, :regionCode, :regionName, :latitude, :longitude, :organisation,
				    string_to_array(:themes, ','), string_to_array(:audiences, ','), string_to_array(:languages, ','),
				    :inPerson, :online, :travelKm, :lookingForVenue, :versionText)
				ON CONFLICT (profile_id) DO UPDATE SET name = EXCLUDED.name, bio = EXCLUDED.bio,
				    commune_insee = EXCLUDED.commune_insee, commune_name = EXCLUDED.commune_name,
				    postal_code = EXCLUDED.postal_code, departement_code = EXCLUDED.departement_code,
				    departement_name = EXCLUDED.departement_name, region_code = EXCLUDED.region_code,
				    region_name = EXCLUDED.region_name, latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude,
				    organisation = EXCLUDED.organisation, themes = EXCLUDED.themes, audiences = EXCLUDED.audiences,
				    languages = EXCLUDED.languages, in_person = EXCLUDED.in_person, online = EXCLUDED.online,
				    travel_km = EXCLUDED.travel_km, looking_for_venue = EXCLUDED.looking_for_venue,
				    version_text = EXCLUDED.version_text, approved_at = now(), updated_at = now(),
				    version = facilitator_listing.version + 1
				""").params(values(content)).param("id", id).param("versionText", versionText(content)).update();
	}

	private void unlist(long id) {
		this.jdbc.sql("DELETE FROM facilitator_listing WHERE profile_id = ?").param(id).update();
	}

}
