package fr.cnnumerique.cafeia.directory.venue;

import java.util.List;
import java.util.Optional;

import fr.cnnumerique.cafeia.accounts.CurrentAccount;
import fr.cnnumerique.cafeia.accounts.Role;
import fr.cnnumerique.cafeia.moderation.ModerationQueue;
import fr.cnnumerique.cafeia.moderation.Submission;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves venues for their managers and submits every save to the moderation queue, in one
 * transaction: a venue is never stored without its submission.
 */
@Service
class VenueEditor {

	static final String CONTENT_TYPE = "venue";

	private static final int EXCERPT_LENGTH = 200;

	private final VenueStore store;

	private final ModerationQueue queue;

	VenueEditor(VenueStore store, ModerationQueue queue) {
		this.store = store;
		this.queue = queue;
	}

	@Transactional
	long create(VenueDraft venue, long authorId) {
		long id = this.store.insert(venue, authorId);
		submit(this.store.draft(id).orElseThrow(), authorId);
		return id;
	}

	/**
	 * Saves a new version of the draft and re-submits it; the public keeps the last
	 * approved version until the moderators decide.
	 * @return {@code false} if someone saved the venue since the editor loaded it
	 */
	@Transactional
	boolean update(long id, VenueDraft venue, long authorId) {
		if (!this.store.update(id, venue)) {
			return false;
		}
		submit(this.store.draft(id).orElseThrow(), authorId);
		return true;
	}

	@Transactional(readOnly = true)
	Optional<VenueDraft> draft(long id) {
		return this.store.draft(id);
	}

	@Transactional(readOnly = true)
	List<VenueDraft> managedBy(long accountId) {
		return this.store.managedBy(accountId);
	}

	/** Managers of the venue and staff (moderators, administrators) may edit it. */
	@Transactional(readOnly = true)
	boolean canEdit(long venueId, CurrentAccount account) {
		boolean staff = account.getAuthorities()
			.stream()
			.anyMatch((authority) -> authority.getAuthority().equals(Role.MODERATOR.authority())
					|| authority.getAuthority().equals(Role.ADMIN.authority()));
		return staff || this.store.isManager(venueId, account.id());
	}

	private void submit(VenueDraft venue, long authorId) {
		String excerpt = venue.communeName() + " — "
				+ ((venue.description() != null) ? venue.description() : venue.street());
		if (excerpt.length() > EXCERPT_LENGTH) {
			excerpt = excerpt.substring(0, EXCERPT_LENGTH);
		}
		this.queue.submit(new Submission(CONTENT_TYPE, Long.toString(venue.id()), venue.name(), authorId,
				venue.publicPath(), excerpt, venue.versionText()));
	}

}
