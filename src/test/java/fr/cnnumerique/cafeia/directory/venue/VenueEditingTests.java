package fr.cnnumerique.cafeia.directory.venue;

import java.util.UUID;

import fr.cnnumerique.cafeia.accounts.Role;
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
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Facilitators create and edit their venues: checks with French messages and nothing
 * stored on error, the commune centre when no address service answers, the moderation
 * submission, and who may edit.
 */
@IntegrationTest
class VenueEditingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	StaffLogin logins;

	@BeforeEach
	void setUp() {
		this.logins = new StaffLogin(this.context);
	}

	static String uniqueName(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * A valid venue form; {@code overrides} are name/value pairs replacing or adding
	 * fields.
	 */
	static MockHttpServletRequestBuilder venueForm(String path, String name, String... overrides) {
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("name", name);
		fields.put("type", "mediatheque");
		fields.put("street", "30 boulevard Vivier-Merle");
		fields.put("postalCode", "69003");
		fields.put("commune", "Lyon");
		fields.put("stepFree", "true");
		fields.put("readyToHost", "true");
		fields.put("website", "https://www.bm-lyon.fr");
		fields.put("siret", "21690123100011");
		for (int i = 0; i + 1 < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post(path).with(csrf());
		fields.forEach((field, value) -> request.param(field, value));
		return request;
	}

	long venueNamed(String name) {
		return this.jdbc.sql("SELECT id FROM venue WHERE name = ?").param(name).query(Long.class).single();
	}

	int venuesNamed(String name) {
		return this.jdbc.sql("SELECT count(*) FROM venue WHERE name = ?").param(name).query(Integer.class).single();
	}

	@Test
	void createsAVenueAtTheCommuneCentreWhenTheAddressServiceIsOffAndSubmitsIt() throws Exception {
		Staff facilitator = this.logins.create("Animatrice", Role.FACILITATOR);
		String name = uniqueName("Médiathèque");
		this.mvc.perform(venueForm("/espace/lieux/nouveau", name).with(facilitator.login()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/espace/lieux"))
			.andExpect(flash().attribute("success", "directory.venues.create.success"));
		long id = venueNamed(name);
		var row = this.jdbc
			.sql("SELECT insee_code, commune_name, latitude, longitude, moderation_state, siret "
					+ "FROM venue WHERE id = ?")
			.param(id)
			.query()
			.singleRow();
		assertThat(row.get("insee_code")).isEqualTo("69123");
		assertThat(row.get("commune_name")).isEqualTo("Lyon");
		assertThat((double) row.get("latitude")).isBetween(45.7, 45.8);
		assertThat((double) row.get("longitude")).isBetween(4.8, 4.9);
		assertThat(row.get("moderation_state")).isEqualTo("PENDING");
		assertThat(this.jdbc.sql("SELECT title FROM moderation_item WHERE content_type = 'venue' AND content_id = ?")
			.param(Long.toString(id))
			.query(String.class)
			.single()).isEqualTo(name);
		this.mvc.perform(get("/espace/lieux").with(facilitator.login()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)));
	}

	@Test
	void theFormOffersAMapPickerOnlyToBrowsersRunningJavaScript() throws Exception {
		Staff facilitator = this.logins.create("Animatrice", Role.FACILITATOR);
		String page = this.mvc.perform(get("/espace/lieux/nouveau").with(facilitator.login()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"point-picker-toggle\" hidden", "id=\"point-picker\" class=\"venue-map\" hidden",
				"/js/point-picker", "data-leaflet-js=\"/webjars/leaflet/", "id=\"latitude\"", "id=\"longitude\"");
		this.mvc.perform(get("/js/point-picker.js")).andExpect(status().isOk());
	}

	@Test
	void keepsTheCoordinatesTheFacilitatorTyped() throws Exception {
		Staff facilitator = this.logins.create("Animatrice", Role.FACILITATOR);
		String name = uniqueName("Tiers-lieu");
		this.mvc
			.perform(venueForm("/espace/lieux/nouveau", name, "latitude", "45,7605", "longitude", "4.8590")
				.with(facilitator.login()))
			.andExpect(status().isFound());
		var row = this.jdbc.sql("SELECT latitude, longitude FROM venue WHERE name = ?").param(name).query().singleRow();
		assertThat(row.get("latitude")).isEqualTo(45.7605);
		assertThat(row.get("longitude")).isEqualTo(4.859);
	}

	@Test
	void refusesBadInputWithFrenchMessagesAndStoresNothing() throws Exception {
		Staff facilitator = this.logins.create("Animatrice", Role.FACILITATOR);
		String name = uniqueName("Refusé");
		this.mvc
			.perform(venueForm("/espace/lieux/nouveau", name, "siret", "21690123100012", "rna", "W12345", "latitude",
					"40.7128", "longitude", "-74.0060", "description", "<script>alert(1)</script>", "openingHours",
					"x".repeat(501), "website", "javascript:alert(1)")
				.with(facilitator.login()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "siret", "directory.venues.form.siret.invalid"))
			.andExpect(model().attributeHasFieldErrorCode("form", "rna", "directory.venues.form.rna.invalid"))
			.andExpect(model().attributeHasFieldErrorCode("form", "latitude",
					"directory.venues.form.coordinates.outside-france"))
			.andExpect(model().attributeHasFieldErrorCode("form", "description", "directory.venues.form.html"))
			.andExpect(model().attributeHasFieldErrors("form", "openingHours"))
			.andExpect(model().attributeHasFieldErrorCode("form", "website", "directory.venues.form.website.invalid"))
			.andExpect(content().string(containsString("Ce numéro SIRET n’est pas valide")))
			.andExpect(content().string(containsString("hors de France")));
		assertThat(venuesNamed(name)).isZero();
	}

	@Test
	void listsCloseCommunesWhenTheCommuneIsUnknown() throws Exception {
		Staff facilitator = this.logins.create("Animatrice", Role.FACILITATOR);
		String name = uniqueName("Inconnu");
		this.mvc
			.perform(venueForm("/espace/lieux/nouveau", name, "commune", "Villeurbane", "postalCode", "69001")
				.with(facilitator.login()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "commune",
					"directory.venues.form.commune.unknown-close"))
			.andExpect(content().string(containsString("Villeurbanne (69100)")));
		assertThat(venuesNamed(name)).isZero();
	}

	@Test
	void acceptsLaPosteSiretAndChecksLuhn() {
		assertThat(Identifiers.isValidSiret("73282932000074")).isTrue();
		assertThat(Identifiers.isValidSiret("73282932000075")).isFalse();
		assertThat(Identifiers.isValidSiret("35600000000048")).isTrue();
		assertThat(Identifiers.isValidSiret("35600000049837")).isTrue();
		assertThat(Identifiers.isValidSiret("3560000004983")).isFalse();
		assertThat(Identifiers.isValidRna("W691234567")).isTrue();
		assertThat(Identifiers.isValidRna("W69123456")).isFalse();
	}

	@Test
	void onlyManagersAndStaffEdit() throws Exception {
		Staff owner = this.logins.create("Propriétaire", Role.FACILITATOR);
		Staff other = this.logins.create("Autre", Role.FACILITATOR);
		Staff moderator = this.logins.create("Modératrice", Role.MODERATOR);
		String name = uniqueName("Gardé");
		this.mvc.perform(venueForm("/espace/lieux/nouveau", name).with(owner.login())).andExpect(status().isFound());
		long id = venueNamed(name);
		String edit = "/espace/lieux/" + id + "/modifier";
		this.mvc.perform(get(edit).with(other.login())).andExpect(status().isNotFound());
		this.mvc.perform(venueForm(edit, name + " piraté", "version", "0").with(other.login()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(edit).with(owner.login()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)));
		this.mvc.perform(venueForm(edit, name + " bis", "version", "0").with(moderator.login()))
			.andExpect(status().isFound());
		assertThat(venuesNamed(name + " bis")).isOne();
		assertThat(venuesNamed(name + " piraté")).isZero();
	}

	@Test
	void sendsAnonymousVisitorsToTheLoginPage() throws Exception {
		this.mvc.perform(get("/espace/lieux")).andExpect(status().isFound()).andExpect(redirectedUrl("/connexion"));
	}

}
