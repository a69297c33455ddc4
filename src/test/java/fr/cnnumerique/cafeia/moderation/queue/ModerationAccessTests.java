package fr.cnnumerique.cafeia.moderation.queue;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.cnnumerique.cafeia.moderation.queue.StaffFixture.Staff;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import fr.cnnumerique.cafeia.testcontent.FakeContent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who reaches the moderation and dashboard routes: anonymous visitors are sent to the
 * login page, facilitators are refused everything, moderators reach the queue but not the
 * dashboard, administrators reach both.
 */
@IntegrationTest
class ModerationAccessTests {

	static final List<String> MODERATION_PAGES = List.of("/moderation", "/moderation/a-relire",
			"/moderation/signalements");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	FakeContent notes;

	@Autowired
	ModerationDesk desk;

	private List<String> pages() {
		long author = new StaffFixture(this.mvc, this.jdbc, this.encoder, this.jdbcTemplate).account("Ada",
				StaffFixture.uniqueEmail("a"), "FACILITATOR");
		long item = this.desk.find(FakeContent.TYPE, this.notes.create("Accès", "Texte", author)).orElseThrow().id();
		return List.of("/moderation", "/moderation/a-relire", "/moderation/signalements", "/moderation/" + item,
				"/moderation/signalements/" + item, "/admin");
	}

	private List<String> posts() {
		return List.of("/moderation/1", "/moderation/signalements/1/retrait", "/moderation/signalements/1/classement");
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
		for (String page : pages()) {
			this.mvc.perform(get(page)).andExpect(status().isFound()).andExpect(redirectedUrl("/connexion"));
		}
		for (String action : posts()) {
			this.mvc.perform(post(action).with(csrf())).andExpect(redirectedUrl("/connexion"));
		}
	}

	@Test
	@WithMockUser(roles = "FACILITATOR")
	void facilitatorsAreRefusedEveryStaffRoute() throws Exception {
		for (String page : pages()) {
			this.mvc.perform(get(page)).andExpect(status().isForbidden());
		}
		for (String action : posts()) {
			this.mvc.perform(post(action).with(csrf())).andExpect(status().isForbidden());
		}
	}

	@Test
	@WithMockUser(roles = "MODERATOR")
	void moderatorsAreRefusedTheDashboard() throws Exception {
		this.mvc.perform(get("/admin")).andExpect(status().isForbidden());
	}

	@Test
	void moderatorsReachEveryModerationPage() throws Exception {
		Staff moderator = new StaffFixture(this.mvc, this.jdbc, this.encoder, this.jdbcTemplate).loggedIn("Mina",
				"MODERATOR");
		for (String page : pages()) {
			this.mvc.perform(get(page).cookie(moderator.session()))
				.andExpect(page.equals("/admin") ? status().isForbidden() : status().isOk());
		}
		this.mvc.perform(get("/").cookie(moderator.session()))
			.andExpect(content().string(containsString("href=\"/moderation\"")))
			.andExpect(content().string(not(containsString("href=\"/admin\""))));
	}

	@Test
	void administratorsReachModerationAndTheDashboard() throws Exception {
		Staff admin = new StaffFixture(this.mvc, this.jdbc, this.encoder, this.jdbcTemplate).loggedIn("Alice Admin",
				"ADMIN");
		for (String page : pages()) {
			this.mvc.perform(get(page).cookie(admin.session())).andExpect(status().isOk());
		}
		this.mvc.perform(get("/").cookie(admin.session()))
			.andExpect(content().string(containsString("href=\"/moderation\"")))
			.andExpect(content().string(containsString("href=\"/admin\"")));
	}

}
