package fr.cnnumerique.cafeia.events.management;

import fr.cnnumerique.cafeia.accounts.AccountAdministration;
import fr.cnnumerique.cafeia.directory.VenueDirectory;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import fr.cnnumerique.cafeia.support.StaffLogin.Staff;
import fr.cnnumerique.cafeia.taxonomy.Taxonomies;
import fr.cnnumerique.cafeia.territory.PlaceFinder;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo cafés: never seeded against an external database; when seeded (here for test
 * accounts standing in for the demo ones), published at the organiser's venues with
 * series, online cafés and the two national series, quickly and once only.
 */
@IntegrationTest
class DemoCafesTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void demoCafesAreNeverSeededAgainstAnExternalDatabase() {
		assertThat(this.context.getBeansOfType(DemoCafes.class)).isEmpty();
	}

	@Test
	void seedsPublishedCafesSeriesAndTheNationalSessionsOnce() throws Exception {
		CafeFixture fixture = new CafeFixture(this.context);
		Staff organiser = fixture.facilitator("Démo");
		Staff national = fixture.moderator("Équipe démo");
		fixture.publishedVenue(organiser);
		fixture.publishedVenue(organiser);
		DemoCafes demo = new DemoCafes(this.context.getBean(AccountAdministration.class),
				this.context.getBean(VenueDirectory.class), this.context.getBean(PlaceFinder.class),
				this.context.getBean(Taxonomies.class), this.jdbc, this.context.getBean(TransactionTemplate.class));
		try {
			long started = System.nanoTime();
			int created = demo.seed(organiser.id(), national.id());
			assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds").isLessThan(3000);
			assertThat(created).isGreaterThan(80);
			assertThat(count("organiser_id = ? AND format = 'IN_PERSON' AND status = 'PUBLISHED'", organiser.id()))
				.isPositive();
			assertThat(count("organiser_id = ? AND format = 'ONLINE'", organiser.id())).isEqualTo(20);
			assertThat(count("organiser_id = ? AND series_id IS NOT NULL", organiser.id())).isPositive();
			assertThat(count("organiser_id = ? AND kind = 'CAFE_RESSOURCES' AND status = 'PUBLISHED' "
					+ "AND extract(isodow FROM starts_at AT TIME ZONE 'Europe/Paris') = 3 "
					+ "AND (starts_at AT TIME ZONE 'Europe/Paris')::time = '13:30'", national.id()))
				.isEqualTo(26);
			assertThat(count("organiser_id = ? AND kind = 'CAFE_ANIMATIONS' "
					+ "AND extract(isodow FROM starts_at AT TIME ZONE 'Europe/Paris') = 4", national.id()))
				.isEqualTo(26);
			assertThat(demo.seed(organiser.id(), national.id())).isZero();
		}
		finally {
			// the demo rows would show in other classes' searches of the shared database
			this.jdbc.update("DELETE FROM event WHERE organiser_id IN (?, ?)", organiser.id(), national.id());
			this.jdbc.update("DELETE FROM event_series WHERE organiser_id IN (?, ?)", organiser.id(), national.id());
		}
	}

	private int count(String where, long organiser) {
		Integer count = this.jdbc.queryForObject("SELECT count(*) FROM event WHERE " + where, Integer.class, organiser);
		return (count != null) ? count : 0;
	}

}
