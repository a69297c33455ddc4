package fr.cnnumerique.cafeia.events.management;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import fr.cnnumerique.cafeia.accounts.Role;
import fr.cnnumerique.cafeia.directory.VenueDirectory;
import fr.cnnumerique.cafeia.moderation.ContentApproved;
import fr.cnnumerique.cafeia.support.StaffLogin;
import fr.cnnumerique.cafeia.support.StaffLogin.Staff;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Facilitators, published venues and café forms for the management tests. The database is
 * shared by every test class, so each call creates its own accounts, venues and titles.
 */
final class CafeFixture {

	private final ApplicationContext context;

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	CafeFixture(ApplicationContext context) {
		this.context = context;
		this.mvc = context.getBean(MockMvc.class);
		this.jdbc = context.getBean(JdbcClient.class);
	}

	Staff facilitator(String name) {
		return new StaffLogin(this.context).create(name, Role.FACILITATOR);
	}

	Staff moderator(String name) {
		return new StaffLogin(this.context).create(name, Role.MODERATOR);
	}

	static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * A venue in Quimper created by the manager through the venue form, then approved.
	 */
	long publishedVenue(Staff manager) throws Exception {
		String name = unique("Médiathèque");
		this.mvc
			.perform(post("/espace/lieux/nouveau").with(csrf())
				.with(manager.login())
				.param("name", name)
				.param("type", "mediatheque")
				.param("street", "place Saint-Corentin")
				.param("postalCode", "29000")
				.param("commune", "Quimper")
				.param("readyToHost", "true"))
			.andExpect(status().isFound());
		long id = this.jdbc.sql("SELECT id FROM venue WHERE name = ?").param(name).query(Long.class).single();
		decide(new ContentApproved("venue", Long.toString(id), null));
		VenueDirectory directory = this.context.getBean(VenueDirectory.class);
		await().atMost(Duration.ofSeconds(10)).until(() -> directory.findPublished(id).isPresent());
		return id;
	}

	/** A venue submitted but not approved yet. */
	long unpublishedVenue(Staff manager) throws Exception {
		String name = unique("Tiers-lieu");
		this.mvc
			.perform(post("/espace/lieux/nouveau").with(csrf())
				.with(manager.login())
				.param("name", name)
				.param("type", "tiers-lieu")
				.param("street", "1 rue Kéréon")
				.param("postalCode", "29000")
				.param("commune", "Quimper"))
			.andExpect(status().isFound());
		return this.jdbc.sql("SELECT id FROM venue WHERE name = ?").param(name).query(Long.class).single();
	}

	void decide(Object decision) {
		this.context.getBean(TransactionTemplate.class)
			.executeWithoutResult((status) -> this.context.publishEvent(decision));
	}

	/**
	 * The fields of a valid in-person café at a venue, in ten days from 18:30 to 20:00.
	 */
	static Map<String, String> fields(String title, long venueId) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("kind", "CAFE_IA");
		fields.put("title", title);
		fields.put("summary", "Une conversation conviviale sur l’intelligence artificielle au quotidien.");
		fields.put("description", "## Programme\n\n- accueil\n- échanges");
		fields.put("format", "IN_PERSON");
		fields.put("venueId", Long.toString(venueId));
		fields.put("date", LocalDate.now(EventZones.PARIS).plusDays(10).toString());
		fields.put("startTime", "18:30");
		fields.put("endTime", "20:00");
		fields.put("registration", "NONE");
		fields.put("language", "fr");
		fields.put("freeOfCharge", "true");
		fields.put("recurrence", "NONE");
		return fields;
	}

	/** A POST of the fields; {@code overrides} are name/value pairs. */
	static MockHttpServletRequestBuilder form(String path, Map<String, String> fields, String... overrides) {
		Map<String, String> all = new LinkedHashMap<>(fields);
		for (int i = 0; i + 1 < overrides.length; i += 2) {
			all.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post(path).with(csrf());
		all.forEach(request::param);
		return request;
	}

	long cafeTitled(String title) {
		return this.jdbc.sql("SELECT id FROM event WHERE title = ? ORDER BY id LIMIT 1")
			.param(title)
			.query(Long.class)
			.single();
	}

	int count(String title) {
		return this.jdbc.sql("SELECT count(*) FROM event WHERE title = ?").param(title).query(Integer.class).single();
	}

	long version(long id) {
		return this.jdbc.sql("SELECT version FROM event WHERE id = ?").param(id).query(Long.class).single();
	}

	Map<String, Object> row(long id) {
		return this.jdbc.sql("SELECT * FROM event WHERE id = ?").param(id).query().singleRow();
	}

}
