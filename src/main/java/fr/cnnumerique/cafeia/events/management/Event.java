package fr.cnnumerique.cafeia.events.management;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import fr.cnnumerique.cafeia.events.EventFormat;
import fr.cnnumerique.cafeia.events.EventKind;
import fr.cnnumerique.cafeia.events.EventStatus;
import fr.cnnumerique.cafeia.events.EventSummary;
import fr.cnnumerique.cafeia.events.RegistrationMode;
import fr.cnnumerique.cafeia.shared.Slugs;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A café IA. Texts are kept twice: as the organisers last saved them, and as last
 * approved ({@code published*}), which is all the public reads. Practical details have
 * one copy. Other sub-packages and modules read {@link EventSummary}.
 */
@Entity
@Table(name = "event")
class Event {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "series_id")
	private Long seriesId;

	@Column(name = "series_position")
	private Integer seriesPosition;

	@Enumerated(EnumType.STRING)
	private EventKind kind = EventKind.CAFE_IA;

	private String title;

	private String summary;

	private String description;

	@Column(name = "published_title")
	private String publishedTitle;

	@Column(name = "published_summary")
	private String publishedSummary;

	@Column(name = "published_description")
	private String publishedDescription;

	private String slug;

	@Enumerated(EnumType.STRING)
	private EventFormat format;

	@Column(name = "venue_id")
	private Long venueId;

	@Column(name = "venue_name")
	private String venueName;

	private String street;

	@Column(name = "postal_code")
	private String postalCode;

	@Column(name = "insee_code")
	private String inseeCode;

	@Column(name = "commune_name")
	private String communeName;

	@Column(name = "departement_code")
	private String departementCode;

	@Column(name = "region_code")
	private String regionCode;

	private Double latitude;

	private Double longitude;

	@Column(name = "online_url")
	private String onlineUrl;

	@Column(name = "starts_at")
	private Instant startsAt;

	@Column(name = "ends_at")
	private Instant endsAt;

	@Column(name = "time_zone")
	private String timeZone = EventZones.PARIS.getId();

	private Integer capacity;

	@Enumerated(EnumType.STRING)
	private RegistrationMode registration = RegistrationMode.NONE;

	@Column(name = "registration_url")
	private String registrationUrl;

	private String language = "fr";

	@Column(name = "accessibility_notes")
	private String accessibilityNotes;

	@Column(name = "free_of_charge")
	private boolean freeOfCharge = true;

	@Column(name = "price_details")
	private String priceDetails;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> themes = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "text[]")
	private List<String> audiences = new ArrayList<>();

	@Column(name = "organiser_id", updatable = false)
	private long organiserId;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "co_facilitator_ids", columnDefinition = "bigint[]")
	private List<Long> coFacilitatorIds = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	private EventStatus status = EventStatus.DRAFT;

	@Enumerated(EnumType.STRING)
	@Column(name = "moderation_state")
	private ModerationState moderationState = ModerationState.NONE;

	@Column(name = "cancellation_message")
	private String cancellationMessage;

	@Column(name = "cancelled_at")
	private Instant cancelledAt;

	private int sequence;

	@Column(name = "created_at", updatable = false)
	private Instant createdAt = Instant.now();

	@Column(name = "updated_at")
	private Instant updatedAt = Instant.now();

	@Version
	private long version;

	protected Event() {
	}

	/**
	 * A new draft café.
	 * @param organiserId the organiser's account id
	 */
	public Event(long organiserId) {
		this.organiserId = organiserId;
	}

	@PreUpdate
	void touch() {
		this.updatedAt = Instant.now();
	}

	/**
	 * Sets the texts and descriptive details. Texts of a public café stay unpublished
	 * until approved.
	 * @return {@code true} if the title, summary or description changed
	 */
	public boolean describe(EventKind kind, String title, String summary, String description, String language,
			List<String> themes, List<String> audiences, String accessibilityNotes, boolean freeOfCharge,
			String priceDetails) {
		boolean textsChanged = !Objects.equals(this.title, title) || !Objects.equals(this.summary, summary)
				|| !Objects.equals(this.description, description);
		this.kind = kind;
		this.title = title;
		this.summary = summary;
		this.description = description;
		// the slug follows the public title: an edit waiting for moderation must not show
		// in URLs
		if (this.publishedTitle == null) {
			this.slug = Slugs.of(title, 80, "cafe-ia");
		}
		this.language = language;
		this.themes = new ArrayList<>(themes);
		this.audiences = new ArrayList<>(audiences);
		this.accessibilityNotes = accessibilityNotes;
		this.freeOfCharge = freeOfCharge;
		this.priceDetails = freeOfCharge ? null : priceDetails;
		return textsChanged;
	}

	/**
	 * Sets when the café takes place.
	 * @return {@code true} if the start, end or zone changed
	 */
	public boolean schedule(Instant startsAt, Instant endsAt, ZoneId zone) {
		boolean changed = !Objects.equals(this.startsAt, startsAt) || !Objects.equals(this.endsAt, endsAt)
				|| !Objects.equals(this.timeZone, zone.getId());
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.timeZone = zone.getId();
		return changed;
	}

	/**
	 * Sets where the café takes place.
	 * @param format the format
	 * @param place the venue, {@code null} for an online café
	 * @param onlineUrl the joining link, {@code null} for an in-person café
	 * @return {@code true} if the format, venue or link changed
	 */
	public boolean locate(EventFormat format, EventPlace place, String onlineUrl) {
		Long newVenue = (place != null) ? place.venueId() : null;
		boolean changed = this.format != format || !Objects.equals(this.venueId, newVenue)
				|| !Objects.equals(this.onlineUrl, onlineUrl);
		this.format = format;
		this.onlineUrl = format.online() ? onlineUrl : null;
		boolean atVenue = format.atVenue() && place != null;
		this.venueId = atVenue ? place.venueId() : null;
		this.venueName = atVenue ? place.venueName() : null;
		this.street = atVenue ? place.street() : null;
		this.postalCode = atVenue ? place.postalCode() : null;
		this.inseeCode = atVenue ? place.inseeCode() : null;
		this.communeName = atVenue ? place.communeName() : null;
		this.departementCode = atVenue ? place.departementCode() : null;
		this.regionCode = atVenue ? place.regionCode() : null;
		this.latitude = atVenue ? place.latitude() : null;
		this.longitude = atVenue ? place.longitude() : null;
		return changed;
	}

	/**
	 * Sets how people register and how many may come.
	 */
	public void registration(RegistrationMode mode, String registrationUrl, Integer capacity) {
		this.registration = mode;
		this.registrationUrl = (mode == RegistrationMode.EXTERNAL) ? registrationUrl : null;
		this.capacity = capacity;
	}

	/**
	 * Sets the co-facilitators.
	 * @param accountIds account ids, the organiser excluded
	 */
	public void coFacilitators(List<Long> accountIds) {
		this.coFacilitatorIds = new ArrayList<>(accountIds.stream().filter((id) -> id != this.organiserId).toList());
	}

	/**
	 * Makes the café an occurrence of a series.
	 */
	public void partOf(long seriesId, int position) {
		this.seriesId = seriesId;
		this.seriesPosition = position;
	}

	/**
	 * Detaches the café from its series, for a café edited on its own or a duplicate.
	 */
	public void leaveSeries() {
		this.seriesId = null;
		this.seriesPosition = null;
	}

	/**
	 * Sends the texts to moderation: a draft becomes submitted, a public café stays
	 * public with its last approved texts.
	 */
	public void submitted() {
		if (this.status == EventStatus.DRAFT) {
			this.status = EventStatus.SUBMITTED;
		}
		this.moderationState = ModerationState.PENDING;
	}

	/**
	 * Applies an approval: the texts become public. Does nothing for a café not waiting
	 * for one, so an approval delivered twice changes nothing.
	 * @return {@code true} if something changed
	 */
	public boolean approved() {
		if (this.moderationState != ModerationState.PENDING) {
			return false;
		}
		this.publishedTitle = this.title;
		this.publishedSummary = this.summary;
		this.publishedDescription = this.description;
		this.slug = Slugs.of(this.title, 80, "cafe-ia");
		this.moderationState = ModerationState.APPROVED;
		if (this.status == EventStatus.SUBMITTED || this.status == EventStatus.DRAFT) {
			this.status = EventStatus.PUBLISHED;
		}
		return true;
	}

	/**
	 * Applies a refusal or a request for changes: a submitted café returns to draft; a
	 * public café keeps its last approved texts.
	 * @param state {@link ModerationState#REJECTED} or
	 * {@link ModerationState#CHANGES_REQUESTED}
	 */
	public void sentBack(ModerationState state) {
		this.moderationState = state;
		if (this.status == EventStatus.SUBMITTED) {
			this.status = EventStatus.DRAFT;
		}
	}

	/**
	 * Takes the café off the public pages, after a report upheld by a moderator.
	 */
	public void unpublished() {
		this.moderationState = ModerationState.UNPUBLISHED;
		this.status = EventStatus.DRAFT;
		this.publishedTitle = null;
		this.publishedSummary = null;
		this.publishedDescription = null;
	}

	/**
	 * Cancels a public café, which stays visible as cancelled.
	 * @param message the organisers' message, possibly {@code null}
	 * @param now the time of cancellation
	 */
	public void cancel(String message, Instant now) {
		this.status = EventStatus.CANCELLED;
		this.cancellationMessage = message;
		this.cancelledAt = now;
		this.sequence++;
	}

	/**
	 * Marks a change calendar applications must pick up (time, place, link).
	 */
	public void changedForCalendars() {
		this.sequence++;
	}

	/**
	 * Whether an account may edit the café.
	 * @param accountId an account id
	 * @return {@code true} for the organiser and the co-facilitators
	 */
	public boolean isFacilitatedBy(long accountId) {
		return this.organiserId == accountId || this.coFacilitatorIds.contains(accountId);
	}

	/**
	 * The café as other modules and views read it.
	 * @param publicTexts {@code true} for the last approved texts (public pages),
	 * {@code false} for the organisers' draft
	 * @return the summary
	 */
	public EventSummary toSummary(boolean publicTexts) {
		ZoneId zone = zone();
		String shownTitle = (publicTexts && this.publishedTitle != null) ? this.publishedTitle : this.title;
		String shownSummary = (publicTexts && this.publishedSummary != null) ? this.publishedSummary : this.summary;
		return new EventSummary(this.id, Slugs.of(shownTitle, 80, "cafe-ia"), this.kind, shownTitle, shownSummary,
				this.format, this.startsAt.atZone(zone), this.endsAt.atZone(zone), this.status, this.venueId,
				this.venueName, this.street, this.postalCode, this.inseeCode, this.communeName, this.departementCode,
				this.regionCode, this.latitude, this.longitude, this.onlineUrl, this.capacity, this.registration,
				this.registrationUrl, this.organiserId, List.copyOf(this.coFacilitatorIds), List.copyOf(this.themes),
				List.copyOf(this.audiences), this.sequence, this.seriesId);
	}

	public ZoneId zone() {
		return ZoneId.of(this.timeZone);
	}

	public Long getId() {
		return this.id;
	}

	public Long getSeriesId() {
		return this.seriesId;
	}

	public Integer getSeriesPosition() {
		return this.seriesPosition;
	}

	public EventKind getKind() {
		return this.kind;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getDescription() {
		return this.description;
	}

	public String getPublishedTitle() {
		return this.publishedTitle;
	}

	public String getPublishedSummary() {
		return this.publishedSummary;
	}

	public String getPublishedDescription() {
		return this.publishedDescription;
	}

	public String getSlug() {
		return this.slug;
	}

	public EventFormat getFormat() {
		return this.format;
	}

	public Long getVenueId() {
		return this.venueId;
	}

	public String getVenueName() {
		return this.venueName;
	}

	public String getCommuneName() {
		return this.communeName;
	}

	public String getDepartementCode() {
		return this.departementCode;
	}

	public String getOnlineUrl() {
		return this.onlineUrl;
	}

	public Instant getStartsAt() {
		return this.startsAt;
	}

	public Instant getEndsAt() {
		return this.endsAt;
	}

	public Integer getCapacity() {
		return this.capacity;
	}

	public RegistrationMode getRegistration() {
		return this.registration;
	}

	public String getRegistrationUrl() {
		return this.registrationUrl;
	}

	public String getLanguage() {
		return this.language;
	}

	public String getAccessibilityNotes() {
		return this.accessibilityNotes;
	}

	public boolean isFreeOfCharge() {
		return this.freeOfCharge;
	}

	public String getPriceDetails() {
		return this.priceDetails;
	}

	public List<String> getThemes() {
		return List.copyOf(this.themes);
	}

	public List<String> getAudiences() {
		return List.copyOf(this.audiences);
	}

	public long getOrganiserId() {
		return this.organiserId;
	}

	public List<Long> getCoFacilitatorIds() {
		return List.copyOf(this.coFacilitatorIds);
	}

	public EventStatus getStatus() {
		return this.status;
	}

	public ModerationState getModerationState() {
		return this.moderationState;
	}

	public String getCancellationMessage() {
		return this.cancellationMessage;
	}

	public Instant getCancelledAt() {
		return this.cancelledAt;
	}

	public int getSequence() {
		return this.sequence;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
