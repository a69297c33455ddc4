package fr.cnnumerique.cafeia.events.management;

import java.time.ZonedDateTime;

import fr.cnnumerique.cafeia.events.EventFormat;
import fr.cnnumerique.cafeia.events.EventKind;
import fr.cnnumerique.cafeia.events.EventStatus;
import fr.cnnumerique.cafeia.events.RegistrationMode;

/**
 * One line of the facilitator's list of cafés.
 *
 * @param id the café id
 * @param title the title as last saved
 * @param kind its kind
 * @param startsAt start, in the café's zone
 * @param endsAt end, in the café's zone
 * @param status where it stands
 * @param moderationState the last moderation step of its texts
 * @param format in person, online or hybrid
 * @param communeName the venue's commune, {@code null} online
 * @param seriesId its series, {@code null} for a single café
 * @param publicPath its public page
 * @param organiser whether the account reading is the organiser (not a co-facilitator)
 * @param registration how people register, for the link to the list of registrants
 */
record MyCafe(long id, String title, EventKind kind, ZonedDateTime startsAt, ZonedDateTime endsAt, EventStatus status,
		ModerationState moderationState, EventFormat format, String communeName, Long seriesId, String publicPath,
		boolean organiser, RegistrationMode registration) {

	/** The three parts of the list. */
	enum Tab {

		UPCOMING("a-venir"), PAST("passes"), DRAFTS("brouillons");

		private final String slug;

		Tab(String slug) {
			this.slug = slug;
		}

		public String slug() {
			return this.slug;
		}

		static Tab of(String slug) {
			for (Tab tab : values()) {
				if (tab.slug.equals(slug)) {
					return tab;
				}
			}
			return UPCOMING;
		}

	}

	static MyCafe of(Event event, long accountId) {
		var summary = event.toSummary(false);
		return new MyCafe(event.getId(), event.getTitle(), event.getKind(), summary.startsAt(), summary.endsAt(),
				event.getStatus(), event.getModerationState(), event.getFormat(), event.getCommuneName(),
				event.getSeriesId(), event.toSummary(true).publicPath(), event.getOrganiserId() == accountId,
				event.getRegistration());
	}

	/**
	 * The message key of what the organisers should do next, from the status and the
	 * moderation state.
	 */
	public String nextStep() {
		String state = switch (this.moderationState) {
			case PENDING -> (this.status == EventStatus.SUBMITTED) ? "waiting" : "edit-waiting";
			case REJECTED -> "rejected";
			case CHANGES_REQUESTED -> "changes";
			case UNPUBLISHED -> "unpublished";
			default -> (this.status == EventStatus.DRAFT) ? "draft" : "none";
		};
		return "events.management.mine.next." + state;
	}

	public boolean isPublic() {
		return this.status.isPublic();
	}

}
