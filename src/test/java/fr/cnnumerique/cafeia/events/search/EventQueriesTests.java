package fr.cnnumerique.cafeia.events.search;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import fr.cnnumerique.cafeia.events.EventStatus;
import fr.cnnumerique.cafeia.events.TestEvent;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import fr.cnnumerique.cafeia.support.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class EventQueriesTests {

	@Autowired
	EventQueries queries;

	@Autowired
	EventSearchResolver resolver;

	@Autowired
	JdbcClient jdbc;

	@Test
	void ordersByDistanceToTheKilometreThenByDate() {
		String word = word();
		// Quimper centre is about 47.996, -4.102
		long nearLater = new TestEvent().title("Café " + word + " centre tard")
			.at(47.996, -4.102, "Quimper")
			.startsIn(Duration.ofDays(20))
			.insert(this.jdbc);
		long nearSooner = new TestEvent().title("Café " + word + " centre tôt")
			.at(47.997, -4.101, "Quimper")
			.startsIn(Duration.ofDays(2))
			.insert(this.jdbc);
		long further = new TestEvent().title("Café " + word + " Douarnenez")
			.at(48.093, -4.330, "Douarnenez")
			.startsIn(Duration.ofDays(1))
			.insert(this.jdbc);
		long tooFar = new TestEvent().title("Café " + word + " Brest")
			.at(48.390, -4.486, "Brest")
			.startsIn(Duration.ofDays(1))
			.insert(this.jdbc);

		List<Long> within30 = ids(search(Map.of("q", word, "lieu", "Quimper")));
		assertThat(within30).containsExactly(nearSooner, nearLater, further);
		List<Long> within100 = ids(search(Map.of("q", word, "lieu", "29000", "rayon", "100")));
		assertThat(within100).containsExactly(nearSooner, nearLater, further, tooFar);
		assertThat(ids(search(Map.of("q", word, "lieu", "Quimper", "rayon", "5")))).containsExactly(nearSooner,
				nearLater);
	}

	@Test
	void listsOnlyPublicUpcomingCafesAndOnlineOnesApart() {
		String word = word();
		long published = new TestEvent().title("Café " + word).insert(this.jdbc);
		long cancelled = new TestEvent().title("Café " + word + " annulé")
			.status(EventStatus.CANCELLED)
			.startsIn(Duration.ofDays(3))
			.insert(this.jdbc);
		new TestEvent().title("Café " + word + " brouillon").status(EventStatus.DRAFT).insert(this.jdbc);
		new TestEvent().title("Café " + word + " soumis").status(EventStatus.SUBMITTED).insert(this.jdbc);
		new TestEvent().title("Café " + word + " passé").startsIn(Duration.ofDays(-2)).insert(this.jdbc);
		long online = new TestEvent().title("Café " + word + " en ligne").online().insert(this.jdbc);

		var resolved = this.resolver.resolve(EventSearchParams.from(Map.of("q", word, "lieu", "Quimper")));
		assertThat(ids(this.queries.search(resolved.filter(), Instant.now(), PageRequest.of(0, 20))))
			.containsExactly(published, cancelled);
		assertThat(this.queries.online(resolved.filter(), Instant.now(), 10)).extracting((l) -> l.event().id())
			.containsExactly(online);
		assertThat(ids(search(Map.of("q", word)))).containsExactly(published, online, cancelled);
	}

	@Test
	void filtersByThemeAudienceFormatDatesAndAccentlessWords() {
		String word = word();
		long work = new TestEvent().title("Éthique " + word)
			.theme("ia-et-travail")
			.audience("jeunes")
			.startsAt(Instant.parse("2099-03-10T17:00:00Z"))
			.insert(this.jdbc);
		long hybrid = new TestEvent().title("Santé " + word)
			.hybrid()
			.theme("ia-et-sante")
			.startsAt(Instant.parse("2099-03-20T17:00:00Z"))
			.insert(this.jdbc);

		assertThat(ids(search(Map.of("q", word, "theme", "ia-et-travail")))).containsExactly(work);
		assertThat(ids(search(Map.of("q", word, "public", "jeunes")))).containsExactly(work);
		assertThat(ids(search(Map.of("q", word, "format", "hybride")))).containsExactly(hybrid);
		assertThat(ids(search(Map.of("q", word, "du", "2099-03-15")))).containsExactly(hybrid);
		assertThat(ids(search(Map.of("q", word, "du", "15/03/2099")))).containsExactly(hybrid);
		assertThat(ids(search(Map.of("q", word, "au", "2099-03-10")))).containsExactly(work);
		assertThat(ids(search(Map.of("q", "ethique " + word)))).containsExactly(work);
	}

	@Test
	void reportsWhatItCannotUnderstand() {
		var resolved = this.resolver.resolve(EventSearchParams.from(Map.of("lieu", "Xyzzyville-sur-Rien", "rayon", "7",
				"du", "31/02/2026", "au", "2026-01-01", "format", "fusee", "theme", "inconnu", "public", "martiens")));
		assertThat(resolved.valid()).isFalse();
		assertThat(resolved.errors()).containsOnlyKeys("lieu", "rayon", "du", "format", "theme", "public");
		var swapped = this.resolver.resolve(EventSearchParams.from(Map.of("du", "2026-05-02", "au", "2026-05-01")));
		assertThat(swapped.errors()).containsOnlyKeys("au");
		var position = this.resolver.resolve(EventSearchParams.from(Map.of("lat", "91", "lon", "2")));
		assertThat(position.errors()).containsOnlyKeys("lieu");
		var near = this.resolver.resolve(EventSearchParams.from(Map.of("lat", "47.996", "lon", "-4.102")));
		assertThat(near.valid()).isTrue();
		assertThat(near.place().name()).isEqualTo("Quimper");
	}

	@Test
	void readsAPageInAFixedNumberOfStatements() {
		String word = word();
		for (int i = 0; i < 12; i++) {
			new TestEvent().title("Café " + word + " " + i).portalRegistration(20).insert(this.jdbc);
		}
		StatementCounter.reset();
		Page<EventListing> page = search(Map.of("q", word, "lieu", "Quimper"));
		assertThat(page.getContent()).hasSize(12).allSatisfy((l) -> assertThat(l.placesLeft()).isEqualTo(20));
		// the commune, the count, the page, the places taken (registrations module): no
		// statement per café
		assertThat(StatementCounter.count()).isEqualTo(4);
	}

	private Page<EventListing> search(Map<String, String> params) {
		var resolved = this.resolver.resolve(EventSearchParams.from(params));
		assertThat(resolved.errors()).isEmpty();
		return this.queries.search(resolved.filter(), Instant.now(), PageRequest.of(0, 20));
	}

	private static List<Long> ids(Page<EventListing> page) {
		return page.getContent().stream().map((l) -> l.event().id()).toList();
	}

	private static String word() {
		StringBuilder word = new StringBuilder("zq");
		for (int i = 0; i < 8; i++) {
			word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return word.toString();
	}

}
