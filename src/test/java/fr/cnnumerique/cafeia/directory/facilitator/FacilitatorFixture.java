package fr.cnnumerique.cafeia.directory.facilitator;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import fr.cnnumerique.cafeia.accounts.Role;
import fr.cnnumerique.cafeia.directory.FacilitatorDirectory;
import fr.cnnumerique.cafeia.moderation.TrustedAuthors;
import fr.cnnumerique.cafeia.support.StaffLogin;
import fr.cnnumerique.cafeia.support.StaffLogin.Staff;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Facilitators with profiles, saved through the real form. The database is shared by
 * every test class: each call creates a new account, and names carry a unique token that
 * searches can filter on.
 */
final class FacilitatorFixture {

	private final MockMvc mvc;

	private final StaffLogin logins;

	private final TrustedAuthors trusted;

	private final JdbcClient jdbc;

	private final FacilitatorDirectory directory;

	FacilitatorFixture(ApplicationContext context) {
		this.mvc = context.getBean(MockMvc.class);
		this.logins = new StaffLogin(context);
		this.trusted = context.getBean(TrustedAuthors.class);
		this.jdbc = context.getBean(JdbcClient.class);
		this.directory = context.getBean(FacilitatorDirectory.class);
	}

	static String token() {
		return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	Staff facilitator(String name) {
		return this.logins.create(name, Role.FACILITATOR);
	}

	Staff moderator() {
		return this.logins.create("Modératrice " + token(), Role.MODERATOR);
	}

	/**
	 * The profile form filled with sensible values, for one facilitator.
	 */
	MockHttpServletRequestBuilder form(Staff who, String name, String commune, boolean optedIn, String... overrides) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("name", name);
		values.put("bio", "J'anime des cafés IA depuis 2024.");
		values.put("commune", commune);
		values.put("organisation", "Médiathèque");
		values.put("themes", "ia-et-travail");
		values.put("audiences", "tout-public");
		values.put("languages", "fr");
		values.put("inPerson", "true");
		values.put("travelKm", "30");
		if (optedIn) {
			values.put("optedIn", "true");
		}
		for (int i = 0; i + 1 < overrides.length; i += 2) {
			values.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/espace/profil").with(who.login()).with(csrf());
		values.forEach((key, value) -> {
			if (value != null) {
				request.param(key, value.split("\\|"));
			}
		});
		return request;
	}

	void save(MockHttpServletRequestBuilder request) throws Exception {
		this.mvc.perform(request).andExpect(redirectedUrl("/espace/profil"));
	}

	/**
	 * A facilitator whose opted-in profile is public: the author is trusted, so the queue
	 * publishes at once (the real path of a trusted author's content).
	 */
	Published published(String name, String commune, String... extra) throws Exception {
		Staff who = facilitator(name);
		this.trusted.setTrusted(who.id(), name, true, 1L, "Admin");
		save(form(who, name, commune, true, extra));
		long id = profileId(who.id());
		awaitPublished(id);
		return new Published(id, who);
	}

	record Published(long id, Staff who) {
	}

	long profileId(long accountId) {
		return this.jdbc.sql("SELECT id FROM facilitator_profile WHERE account_id = ?")
			.param(accountId)
			.query(Long.class)
			.single();
	}

	void awaitPublished(long id) {
		await().atMost(Duration.ofSeconds(10)).until(() -> this.directory.findPublished(id).isPresent());
	}

	String listedName(long id) {
		return this.jdbc.sql("SELECT name FROM facilitator_listing WHERE profile_id = ?")
			.param(id)
			.query(String.class)
			.optional()
			.orElse(null);
	}

}
