package fr.cnnumerique.cafeia.events;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A café written straight to the database, for tests of what reads cafés: published by
 * default, in person at a made-up venue at the given point, starting in a day.
 */
public final class TestEvent {

	private String title = "Café IA " + UUID.randomUUID().toString().substring(0, 8);

	private String summary = "Une conversation conviviale sur l'intelligence artificielle.";

	private String description;

	private EventFormat format = EventFormat.IN_PERSON;

	private Double latitude = 48.0;

	private Double longitude = -4.1;

	private String commune = "Quimper";

	private String postalCode = "29000";

	private String inseeCode = "29232";

	private String departement = "29";

	private String region = "53";

	private long venueId = 1;

	private Instant start = Instant.now().plus(Duration.ofDays(1));

	private Duration length = Duration.ofMinutes(90);

	private EventStatus status = EventStatus.PUBLISHED;

	private long organiserId = 1;

	private Integer capacity;

	private String onlineUrl = "https://visio.example.org/cafe-ia";

	private RegistrationMode registration = RegistrationMode.NONE;

	private final List<String> themes = new ArrayList<>();

	private final List<String> audiences = new ArrayList<>();

	public TestEvent title(String title) {
		this.title = title;
		return this;
	}

	public TestEvent summary(String summary) {
		this.summary = summary;
		return this;
	}

	public TestEvent description(String description) {
		this.description = description;
		return this;
	}

	public TestEvent online() {
		this.format = EventFormat.ONLINE;
		this.latitude = null;
		this.longitude = null;
		this.commune = null;
		this.postalCode = null;
		this.inseeCode = null;
		this.departement = null;
		this.region = null;
		return this;
	}

	public TestEvent joinedAt(String onlineUrl) {
		this.onlineUrl = onlineUrl;
		return this;
	}

	public TestEvent hybrid() {
		this.format = EventFormat.HYBRID;
		return this;
	}

	public TestEvent at(double latitude, double longitude, String commune) {
		this.latitude = latitude;
		this.longitude = longitude;
		this.commune = commune;
		return this;
	}

	public TestEvent startsIn(Duration delay) {
		this.start = Instant.now().plus(delay);
		return this;
	}

	public TestEvent startsAt(Instant start) {
		this.start = start;
		return this;
	}

	public TestEvent status(EventStatus status) {
		this.status = status;
		return this;
	}

	public TestEvent organiser(long accountId) {
		this.organiserId = accountId;
		return this;
	}

	public TestEvent venue(long venueId) {
		this.venueId = venueId;
		return this;
	}

	public TestEvent portalRegistration(int capacity) {
		this.registration = RegistrationMode.PORTAL;
		this.capacity = capacity;
		return this;
	}

	public TestEvent theme(String code) {
		this.themes.add(code);
		return this;
	}

	public TestEvent audience(String code) {
		this.audiences.add(code);
		return this;
	}

	/**
	 * Writes the café.
	 * @param jdbc the test database
	 * @return the café id
	 */
	public long insert(JdbcClient jdbc) {
		boolean isPublic = this.status.isPublic();
		return jdbc.sql("""
				INSERT INTO event (kind, title, summary, description, published_title, published_summary,
				    published_description, slug, format, venue_id, venue_name, street, postal_code, insee_code,
				    commune_name, departement_code, region_code, latitude, longitude, online_url, starts_at, ends_at,
				    capacity, registration, themes, audiences, organiser_id, status, moderation_state)
				VALUES ('CAFE_IA', :title, :summary, :description, :pTitle, :pSummary, :pDescription, 'cafe-ia',
				    :format, :venueId, :venueName, '1 rue de la Paix', :postalCode, :insee, :commune, :dep, :region,
				    :lat, :lon, :online, :start, :end, :capacity, :registration, string_to_array(:themes, ','),
				    string_to_array(:audiences, ','), :organiser, :status, :moderation)
				RETURNING id
				""")
			.param("title", this.title)
			.param("summary", this.summary)
			.param("description", this.description)
			.param("pTitle", isPublic ? this.title : null)
			.param("pSummary", isPublic ? this.summary : null)
			.param("pDescription", isPublic ? this.description : null)
			.param("format", this.format.name())
			.param("venueId", this.format.atVenue() ? this.venueId : null)
			.param("venueName", this.format.atVenue() ? "Médiathèque de " + this.commune : null)
			.param("postalCode", this.postalCode)
			.param("insee", this.inseeCode)
			.param("commune", this.commune)
			.param("dep", this.departement)
			.param("region", this.region)
			.param("lat", this.latitude)
			.param("lon", this.longitude)
			.param("online", this.format.online() ? this.onlineUrl : null)
			.param("start", Timestamp.from(this.start))
			.param("end", Timestamp.from(this.start.plus(this.length)))
			.param("capacity", this.capacity)
			.param("registration", this.registration.name())
			.param("themes", String.join(",", this.themes))
			.param("audiences", String.join(",", this.audiences))
			.param("organiser", this.organiserId)
			.param("status", this.status.name())
			.param("moderation", isPublic ? "APPROVED" : "NONE")
			.query(Long.class)
			.single();
	}

}
