package fr.cnnumerique.cafeia.directory.venue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.cnnumerique.cafeia.accounts.AccountManagement;
import fr.cnnumerique.cafeia.accounts.AccountSummary;
import fr.cnnumerique.cafeia.notifications.MailOutbox;
import fr.cnnumerique.cafeia.notifications.OutgoingMail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people who manage a venue together: the owner, who created it and stays, and
 * co-managers added by the e-mail address of an existing verified account. Only display
 * names are shown to the other managers, never addresses. Managers are not public data,
 * so changing them is not moderated.
 */
@Service
class VenueManagers {

	static final String MAIL_TEMPLATE = "directory/co-manager";

	private final VenueStore store;

	private final AccountManagement accounts;

	private final MailOutbox outbox;

	VenueManagers(VenueStore store, AccountManagement accounts, MailOutbox outbox) {
		this.store = store;
		this.accounts = accounts;
		this.outbox = outbox;
	}

	/**
	 * The managers with the names they chose, owner first; deleted accounts are left out.
	 */
	@Transactional(readOnly = true)
	List<Shown> of(long venueId) {
		List<VenueStore.Manager> rows = this.store.managerRows(venueId);
		Map<Long, AccountSummary> found = this.accounts
			.findAll(rows.stream().map(VenueStore.Manager::accountId).toList())
			.stream()
			.collect(Collectors.toMap(AccountSummary::id, Function.identity()));
		return rows.stream()
			.filter((row) -> found.containsKey(row.accountId()))
			.map((row) -> new Shown(row.accountId(), found.get(row.accountId()).displayName(), row.owner()))
			.toList();
	}

	/**
	 * Adds the verified account using this address as a co-manager and mails them, in
	 * their language.
	 * @return what happened; nothing is written unless {@link Outcome#ADDED}
	 */
	@Transactional
	Outcome add(VenueDraft venue, String email, long addedById) {
		Optional<AccountSummary> account = this.accounts.findVerifiedByEmail(email);
		if (account.isEmpty()) {
			return Outcome.UNKNOWN;
		}
		if (!this.store.addCoManager(venue.id(), account.get().id())) {
			return Outcome.ALREADY_MANAGER;
		}
		AccountSummary added = account.get();
		String addedBy = this.accounts.find(addedById).map(AccountSummary::displayName).orElse("");
		this.outbox.enqueue(new OutgoingMail(added.email(), MAIL_TEMPLATE, added.locale(),
				Map.of("name", added.displayName(), "venueName", venue.name(), "addedBy", addedBy, "editPath",
						"/espace/lieux/" + venue.id() + "/modifier")));
		return Outcome.ADDED;
	}

	/**
	 * Removes a co-manager. The owner stays, and so does the last manager.
	 * @return what happened; nothing is written unless {@link Outcome#REMOVED}
	 */
	@Transactional
	Outcome remove(long venueId, long accountId) {
		List<VenueStore.Manager> rows = this.store.managerRows(venueId);
		Optional<VenueStore.Manager> row = rows.stream().filter((m) -> m.accountId() == accountId).findFirst();
		if (row.isEmpty()) {
			return Outcome.NOT_MANAGER;
		}
		if (row.get().owner()) {
			return Outcome.OWNER;
		}
		if (rows.size() < 2) {
			return Outcome.LAST_MANAGER;
		}
		return this.store.removeCoManager(venueId, accountId) ? Outcome.REMOVED : Outcome.NOT_MANAGER;
	}

	enum Outcome {

		ADDED, UNKNOWN, ALREADY_MANAGER, REMOVED, NOT_MANAGER, OWNER, LAST_MANAGER

	}

	/**
	 * A manager as the other managers see them.
	 *
	 * @param accountId the account id, for the remove button
	 * @param displayName the name the person chose
	 * @param owner whether they created the venue (and cannot be removed)
	 */
	record Shown(long accountId, String displayName, boolean owner) {
	}

}
