package fr.cnnumerique.cafeia.registrations;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import fr.cnnumerique.cafeia.events.EventCancelled;
import fr.cnnumerique.cafeia.events.EventChanged;
import fr.cnnumerique.cafeia.events.EventPlacesChanged;
import fr.cnnumerique.cafeia.events.EventStatus;
import fr.cnnumerique.cafeia.events.TestEvent;
import fr.cnnumerique.cafeia.notifications.MailOutbox;
import fr.cnnumerique.cafeia.notifications.StoredMail;
import fr.cnnumerique.cafeia.registrations.RegistrationRefused.Reason;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@IntegrationTest
class RegistrationDeskTests {

	@Autowired
	RegistrationDesk desk;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MailOutbox outbox;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void fiftyParallelRegistrationsForTenPlacesTakeExactlyTen() throws Exception {
		long event = new TestEvent().portalRegistration(10).insert(this.jdbc);
		ExecutorService pool = Executors.newFixedThreadPool(16);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<RegistrationDesk.Result>> results = new ArrayList<>();
		try {
			for (int i = 0; i < 50; i++) {
				Applicant applicant = applicant(1);
				results.add(pool.submit(() -> {
					start.await();
					return this.desk.register(event, applicant, Instant.now());
				}));
			}
			start.countDown();
			for (Future<RegistrationDesk.Result> result : results) {
				result.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(count(event, "CONFIRMED")).isEqualTo(10);
		assertThat(count(event, "WAITING")).isEqualTo(40);
		assertThat(placesTaken(event)).isEqualTo(10);
	}

	@Test
	void cancellationPromotesTheFirstWaitingRegistrationsThatFit() {
		long event = new TestEvent().portalRegistration(3).insert(this.jdbc);
		Applicant a = applicant(2);
		Applicant b = applicant(2);
		Applicant c = applicant(1);
		Applicant d = applicant(1);
		String tokenA = this.desk.register(event, a, Instant.now()).registration().token();
		assertThat(this.desk.register(event, b, Instant.now()).waiting()).isTrue();
		assertThat(this.desk.register(event, c, Instant.now()).waiting()).isFalse();
		assertThat(this.desk.register(event, d, Instant.now()).waiting()).isTrue();

		this.desk.cancel(tokenA, Instant.now());

		assertThat(status(event, b.email())).isEqualTo("CONFIRMED");
		assertThat(status(event, d.email())).isEqualTo("WAITING");
		assertThat(placesTaken(event)).isEqualTo(3);
		assertThat(this.outbox.mailsTo(b.email())).extracting(StoredMail::template)
			.containsExactly("registrations/promoted", "registrations/waiting");
		assertThat(this.outbox.mailsTo(a.email())).extracting(StoredMail::template)
			.containsExactly("registrations/cancelled", "registrations/confirmed");
	}

	@Test
	void sameAddressTwiceDoesNotTakePlacesTwiceButResendsTheConfirmation() {
		long event = new TestEvent().portalRegistration(10).insert(this.jdbc);
		Applicant applicant = applicant(2);
		RegistrationDesk.Result first = this.desk.register(event, applicant, Instant.now());
		Applicant again = new Applicant("Autre", applicant.email().toUpperCase(Locale.ROOT), 3, null, null,
				Locale.FRENCH);
		RegistrationDesk.Result second = this.desk.register(event, again, Instant.now());

		assertThat(second.alreadyRegistered()).isTrue();
		assertThat(second.registration().id()).isEqualTo(first.registration().id());
		assertThat(placesTaken(event)).isEqualTo(2);
		assertThat(this.outbox.mailsTo(applicant.email())).hasSize(2)
			.allSatisfy((mail) -> assertThat(mail.template()).isEqualTo("registrations/confirmed"));
	}

	@Test
	void refusesWhatACafeDoesNotTakeAndStoresNothing() {
		long notOnPortal = new TestEvent().insert(this.jdbc);
		long cancelled = new TestEvent().portalRegistration(5).status(EventStatus.CANCELLED).insert(this.jdbc);
		long started = new TestEvent().portalRegistration(5).startsIn(Duration.ofMinutes(-5)).insert(this.jdbc);
		long draft = new TestEvent().portalRegistration(5).status(EventStatus.DRAFT).insert(this.jdbc);
		long full = new TestEvent().portalRegistration(1).insert(this.jdbc);
		this.desk.register(full, applicant(1), Instant.now());
		this.jdbc.sql("UPDATE registration_event SET waiting_list = false WHERE event_id = ?").param(full).update();

		assertRefused(notOnPortal, Reason.NOT_OPEN);
		assertRefused(draft, Reason.NOT_OPEN);
		assertRefused(cancelled, Reason.CANCELLED);
		assertRefused(started, Reason.CLOSED);
		assertRefused(full, Reason.FULL);
		assertThat(count(full, "WAITING")).isZero();
		this.jdbc.sql("UPDATE registration_event SET closed_at = now() WHERE event_id = ?").param(full).update();
		assertRefused(full, Reason.CLOSED);
	}

	@Test
	void morePlacesNeedFreePlacesFewerPlacesPromote() {
		long event = new TestEvent().portalRegistration(3).insert(this.jdbc);
		String token = this.desk.register(event, applicant(2), Instant.now()).registration().token();
		Applicant waiting = applicant(2);
		this.desk.register(event, waiting, Instant.now());

		assertThatThrownBy(() -> this.desk.changePlaces(token, 4, Instant.now()))
			.isInstanceOf(RegistrationRefused.class)
			.extracting((ex) -> ((RegistrationRefused) ex).reason())
			.isEqualTo(Reason.NOT_ENOUGH_PLACES);
		this.desk.changePlaces(token, 1, Instant.now());

		assertThat(status(event, waiting.email())).isEqualTo("CONFIRMED");
		assertThat(placesTaken(event)).isEqualTo(3);
	}

	@Test
	void registrantsHearOfChangesOnceAndTheWaitingListGetsNewPlaces() {
		long event = new TestEvent().portalRegistration(1).insert(this.jdbc);
		Applicant first = applicant(1);
		Applicant second = applicant(1);
		this.desk.register(event, first, Instant.now());
		assertThat(this.desk.register(event, second, Instant.now()).waiting()).isTrue();

		publish(new EventChanged(event, 1));
		publish(new EventChanged(event, 1));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> templates(first.email()).contains("registrations/event-changed")
					&& templates(second.email()).contains("registrations/event-changed"));

		this.jdbc.sql("UPDATE event SET capacity = 2 WHERE id = ?").param(event).update();
		publish(new EventPlacesChanged(event));
		await().atMost(Duration.ofSeconds(10)).until(() -> "CONFIRMED".equals(status(event, second.email())));

		publish(new EventCancelled(event, "La salle est fermée."));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> templates(first.email()).contains("registrations/event-cancelled"));
		assertThat(templates(first.email())).containsOnlyOnce("registrations/event-changed");
		assertThat(this.outbox.mailsTo(first.email()).get(0).text()).contains("La salle est fermée.");
	}

	private void publish(Object fact) {
		this.transactions.executeWithoutResult((status) -> this.publisher.publishEvent(fact));
	}

	private List<String> templates(String email) {
		return this.outbox.mailsTo(email).stream().map(StoredMail::template).toList();
	}

	private void assertRefused(long event, Reason reason) {
		Applicant applicant = applicant(1);
		assertThatThrownBy(() -> this.desk.register(event, applicant, Instant.now()))
			.isInstanceOf(RegistrationRefused.class)
			.extracting((ex) -> ((RegistrationRefused) ex).reason())
			.isEqualTo(reason);
		assertThat(this.jdbc.sql("SELECT count(*) FROM registration WHERE email = ?")
			.param(applicant.email())
			.query(Integer.class)
			.single()).isZero();
		assertThat(this.outbox.mailsTo(applicant.email())).isEmpty();
	}

	private int count(long event, String status) {
		return this.jdbc.sql("SELECT count(*) FROM registration WHERE event_id = ? AND status = ?")
			.params(event, status)
			.query(Integer.class)
			.single();
	}

	private int placesTaken(long event) {
		return this.jdbc
			.sql("SELECT coalesce(sum(places), 0) FROM registration WHERE event_id = ? AND status = 'CONFIRMED'")
			.param(event)
			.query(Integer.class)
			.single();
	}

	private String status(long event, String email) {
		return this.jdbc.sql("SELECT status FROM registration WHERE event_id = ? AND email = ?")
			.params(event, email)
			.query(String.class)
			.single();
	}

	private static Applicant applicant(int places) {
		String id = UUID.randomUUID().toString().substring(0, 12);
		return new Applicant("Camille", "inscrit-" + id + "@example.org", places, null, null, Locale.FRENCH);
	}

}
