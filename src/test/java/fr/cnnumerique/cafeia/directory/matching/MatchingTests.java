package fr.cnnumerique.cafeia.directory.matching;

import java.time.Duration;
import java.util.UUID;

import fr.cnnumerique.cafeia.accounts.Role;
import fr.cnnumerique.cafeia.directory.FacilitatorDirectory;
import fr.cnnumerique.cafeia.moderation.TrustedAuthors;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import fr.cnnumerique.cafeia.support.StaffLogin;
import fr.cnnumerique.cafeia.support.StaffLogin.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The matching page on the real database. The database is shared by every test class:
 * each test works around its own random point out at sea in the Bay of Biscay, and its
 * names carry a unique token.
 */
@IntegrationTest
class MatchingTests {

	static final String PAGE = "/espace/mise-en-relation";

	/** About one kilometre of latitude, in degrees. */
	static final double KM = 1 / 111.2;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	TrustedAuthors trusted;

	@Autowired
	FacilitatorDirectory directory;

	StaffLogin logins;

	String token;

	double lat;

	double lng;

	@BeforeEach
	void setUp() {
		this.logins = new StaffLogin(this.context);
		this.token = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		this.lat = 44.8 + Math.random();
		this.lng = -4.5 + Math.random();
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
		this.mvc.perform(get(PAGE)).andExpect(redirectedUrl("/connexion"));
	}

	@Test
	void theProfileAndVenuesPagesLinkToTheMatchingPage() throws Exception {
		Staff who = this.logins.create("Ines Lien " + this.token, Role.FACILITATOR);
		for (String url : new String[] { "/espace/profil", "/espace/lieux" }) {
			assertThat(this.mvc.perform(get(url).with(who.login()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString()).contains("href=\"" + PAGE + "\"");
		}
	}

	@Test
	void withoutProfileNorVenueThePageSaysWhatToDo() throws Exception {
		Staff who = this.logins.create("Nina Neuve " + this.token, Role.FACILITATOR);
		String page = page(who);
		assertThat(page).contains("remplissez votre profil", "href=\"/espace/profil\"", "Vous ne gérez aucun lieu",
				"href=\"/espace/lieux\"");
	}

	@Test
	void aFacilitatorNotLookingForAVenueIsToldToTickTheBox() throws Exception {
		Staff who = this.logins.create("Oscar Occupe " + this.token, Role.FACILITATOR);
		saveProfile(who, "Oscar Occupe " + this.token, false, false, 30);
		assertThat(page(who)).contains("Je cherche un lieu pour animer des cafés IA", "href=\"/espace/profil\"");
	}

	@Test
	void readyVenuesWithinTheTravelDistanceAreListedNearestFirst() throws Exception {
		Staff who = this.logins.create("Paula Mobile " + this.token, Role.FACILITATOR);
		saveProfile(who, "Paula Mobile " + this.token, false, true, 30);
		placeProfile(who.id(), this.lat, this.lng);
		long far = venue(this.token + " Quinze", this.lat + 15 * KM, this.lng, true, true);
		long near = venue(this.token + " Cinq", this.lat + 5 * KM, this.lng, true, true);
		venue(this.token + " Quarante", this.lat + 40 * KM, this.lng, true, true);
		venue(this.token + " PasPret", this.lat + 3 * KM, this.lng, false, true);
		venue(this.token + " Brouillon", this.lat + 2 * KM, this.lng, true, false);

		String page = page(who);
		assertThat(page)
			.contains(this.token + " Cinq", this.token + " Quinze", "à 5,0 km", "/annuaire/lieux/" + near + "-",
					"/annuaire/lieux/" + far + "-")
			.contains("/contact\"")
			.doesNotContain(this.token + " Quarante", this.token + " PasPret", this.token + " Brouillon");
		assertThat(page.indexOf(this.token + " Cinq")).isLessThan(page.indexOf(this.token + " Quinze"));
	}

	@Test
	void aFacilitatorLookingForAVenueWithNothingAroundIsToldToTravelFurther() throws Exception {
		Staff who = this.logins.create("Rita Isolee " + this.token, Role.FACILITATOR);
		saveProfile(who, "Rita Isolee " + this.token, false, true, 5);
		placeProfile(who.id(), this.lat, this.lng);
		venue(this.token + " Loin", this.lat + 20 * KM, this.lng, true, true);
		assertThat(page(who)).contains("Aucun lieu prêt à accueillir", "5 km").doesNotContain(this.token + " Loin");
	}

	@Test
	void aVenueManagerSeesFacilitatorsNearbyThoseLookingForAVenueFirst() throws Exception {
		Staff manager = this.logins.create("Sam Gerant " + this.token, Role.FACILITATOR);
		long venue = venue(this.token + " Maison", this.lat, this.lng, true, false);
		this.jdbc.sql("INSERT INTO venue_manager (venue_id, account_id, role) VALUES (?, ?, 'OWNER')")
			.params(venue, manager.id())
			.update();
		long looking = published("Lea Cherche " + this.token, true, 30, this.lat + 20 * KM);
		long settled = published("Marc Installe " + this.token, false, 5, this.lat + 10 * KM);
		published("Zoe Lointaine " + this.token, true, 200, this.lat + 80 * KM);

		String page = page(manager);
		assertThat(page)
			.contains(this.token + " Maison", "Lea Cherche " + this.token, "Marc Installe " + this.token,
					"/annuaire/animateurs/" + looking + "-lea-cherche-", "/annuaire/animateurs/" + settled + "-",
					"dans sa zone de déplacement (30 km)", "au-delà de sa zone de déplacement (5 km)")
			.doesNotContain("Zoe Lointaine " + this.token);
		assertThat(page.indexOf("Lea Cherche " + this.token)).isLessThan(page.indexOf("Marc Installe " + this.token));
		assertThat(page).contains("/annuaire/animateurs/" + looking + "-lea-cherche-" + this.token + "/contact");
	}

	private String page(Staff who) throws Exception {
		return this.mvc.perform(get(PAGE).with(who.login()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private void saveProfile(Staff who, String name, boolean optedIn, boolean looking, int travelKm) throws Exception {
		MockHttpServletRequestBuilder request = post("/espace/profil").with(who.login())
			.with(csrf())
			.param("name", name)
			.param("commune", "Lyon")
			.param("themes", "ia-et-travail")
			.param("audiences", "tout-public")
			.param("languages", "fr")
			.param("inPerson", "true")
			.param("travelKm", Integer.toString(travelKm));
		if (optedIn) {
			request.param("optedIn", "true");
		}
		if (looking) {
			request.param("lookingForVenue", "true");
		}
		this.mvc.perform(request).andExpect(redirectedUrl("/espace/profil"));
	}

	private void placeProfile(long accountId, double latitude, double longitude) {
		this.jdbc.sql("UPDATE facilitator_profile SET latitude = ?, longitude = ? WHERE account_id = ?")
			.params(latitude, longitude, accountId)
			.update();
		this.jdbc.sql("""
				UPDATE facilitator_listing SET latitude = ?, longitude = ?
				WHERE profile_id = (SELECT id FROM facilitator_profile WHERE account_id = ?)
				""").params(latitude, longitude, accountId).update();
	}

	/** A facilitator published at once (trusted author), moved to a latitude. */
	private long published(String name, boolean looking, int travelKm, double latitude) throws Exception {
		Staff who = this.logins.create(name, Role.FACILITATOR);
		this.trusted.setTrusted(who.id(), name, true, 1L, "Admin");
		saveProfile(who, name, true, looking, travelKm);
		long id = this.jdbc.sql("SELECT id FROM facilitator_profile WHERE account_id = ?")
			.param(who.id())
			.query(Long.class)
			.single();
		await().atMost(Duration.ofSeconds(10)).until(() -> this.directory.findPublished(id).isPresent());
		placeProfile(who.id(), latitude, this.lng);
		return id;
	}

	private long venue(String name, double latitude, double longitude, boolean ready, boolean publish) {
		long id = this.jdbc.sql("""
				INSERT INTO venue (name, type, street, postal_code, insee_code, commune_name, latitude, longitude,
				  ready_to_host, moderation_state, created_by)
				VALUES (?, 'mediatheque', '1 place Bellecour', '69002', '69123', 'Lyon', ?, ?, ?, ?, 1) RETURNING id
				""")
			.params(name, latitude, longitude, ready, publish ? "PUBLISHED" : "PENDING")
			.query(Long.class)
			.single();
		if (publish) {
			this.jdbc.sql("""
					INSERT INTO venue_published (id, name, type, street, postal_code, insee_code, commune_name,
					  latitude, longitude, step_free, adapted_toilets, hearing_loop, other_access, ready_to_host,
					  updated_at)
					SELECT id, name, type, street, postal_code, insee_code, commune_name, latitude, longitude,
					  step_free, adapted_toilets, hearing_loop, other_access, ready_to_host, updated_at
					FROM venue WHERE id = ?
					""").param(id).update();
		}
		return id;
	}

}
