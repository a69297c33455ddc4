package fr.cnnumerique.cafeia.directory.facilitator;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.cnnumerique.cafeia.accounts.AccountAdministration;
import fr.cnnumerique.cafeia.accounts.AccountDeleted;
import fr.cnnumerique.cafeia.directory.FacilitatorDirectory;
import fr.cnnumerique.cafeia.moderation.ModerationQueue;
import fr.cnnumerique.cafeia.moderation.ModerationStatus;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import fr.cnnumerique.cafeia.support.StaffLogin.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The facilitator's own profile: the form, its refusals, opting in and out, and who sees
 * the public page.
 */
@IntegrationTest
class ProfileTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ModerationQueue queue;

	@Autowired
	FacilitatorDirectory directory;

	@Autowired
	AccountAdministration administration;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	FacilitatorFixture fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new FacilitatorFixture(this.context);
	}

	@Test
	void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
		this.mvc.perform(get("/espace/profil")).andExpect(redirectedUrl("/connexion"));
	}

	@Test
	void aPrivateProfileIsStoredWithItsDepartementAndRegionButNotSubmitted() throws Exception {
		Staff who = this.fixture.facilitator("Anne Privat");
		this.mvc.perform(this.fixture.form(who, "Anne Privat", "Quimper", false))
			.andExpect(redirectedUrl("/espace/profil"))
			.andExpect(flash().attribute("success", "directory.profile.saved.private"));

		long id = this.fixture.profileId(who.id());
		assertThat(this.jdbc.sql("SELECT departement_name || '/' || region_name FROM facilitator_profile WHERE id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("Finistère/Bretagne");
		assertThat(this.queue.statusOf("facilitator", Long.toString(id))).isEmpty();
		this.mvc.perform(get("/annuaire/animateurs/" + id + "-anne-privat")).andExpect(status().isNotFound());
		this.mvc.perform(get("/espace/profil").with(who.login()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Anne Privat\"")))
			.andExpect(content().string(containsString("Quimper (29000)")));
	}

	@Test
	void anUnknownCommuneIsRefusedWithCloseMatchesAndNothingIsStored() throws Exception {
		Staff who = this.fixture.facilitator("Bruno Perdu");
		this.mvc.perform(this.fixture.form(who, "Bruno Perdu", "290", true))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Nous ne trouvons pas de commune « 290 »")))
			.andExpect(content().string(containsString("Quimper (29000)")))
			.andExpect(content().string(containsString("value=\"Bruno Perdu\"")));
		this.mvc.perform(this.fixture.form(who, "Bruno Perdu", "Xqzwvplk", true))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Nous ne trouvons pas de commune « Xqzwvplk »")));

		assertThat(this.jdbc.sql("SELECT count(*) FROM facilitator_profile WHERE account_id = ?")
			.param(who.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void htmlInTheBioIsRefusedAndWhatWasTypedIsKept() throws Exception {
		Staff who = this.fixture.facilitator("Chloé Balise");
		this.mvc.perform(this.fixture.form(who, "Chloé Balise", "Lyon", true, "bio", "<b>Bonjour</b>"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("ne doit pas contenir de balises HTML")))
			.andExpect(content().string(containsString("&lt;b&gt;Bonjour&lt;/b&gt;")));
		this.mvc.perform(this.fixture.form(who, "Chloé Balise", "Lyon", true, "bio", "x".repeat(601)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("ne doit pas dépasser 600 caractères")));
		this.mvc.perform(this.fixture.form(who, "Chloé Balise", "Lyon", true, "travelKm", "501"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("entre 0 et 500 km")));
		this.mvc.perform(this.fixture.form(who, "Chloé Balise", "Lyon", true, "themes", "pas-un-theme"))
			.andExpect(status().isBadRequest());

		assertThat(this.jdbc.sql("SELECT count(*) FROM facilitator_profile WHERE account_id = ?")
			.param(who.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void optingOutHidesThePublicPageAtOnceAndWithdrawsFromTheQueue() throws Exception {
		String name = "Denise Visible " + FacilitatorFixture.token();
		var published = this.fixture.published(name, "Lille");
		long id = published.id();
		String path = this.directory.findPublished(id).orElseThrow().path();
		this.mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().string(containsString(name)));

		this.fixture.save(this.fixture.form(published.who(), name, "Lille", false));

		this.mvc.perform(get(path)).andExpect(status().isNotFound());
		assertThat(this.directory.findPublished(id)).isEmpty();
		assertThat(this.queue.statusOf("facilitator", Long.toString(id))).isEmpty();
	}

	@Test
	void thePublicPageShowsNoAddressHasAReportLinkAndRedirectsWrongSlugs() throws Exception {
		String name = "Émile Public " + FacilitatorFixture.token();
		long id = this.fixture.published(name, "Marseille").id();
		String path = this.directory.findPublished(id).orElseThrow().path();
		String email = this.jdbc
			.sql("SELECT a.email FROM account a JOIN facilitator_profile p ON p.account_id = a.id" + " WHERE p.id = ?")
			.param(id)
			.query(String.class)
			.single();

		this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bouches-du-Rhône")))
			.andExpect(content().string(containsString("/signaler?type=facilitator&amp;id=" + id)))
			.andExpect(content().string(not(containsString(email))))
			.andExpect(content().string(not(containsString("@"))));
		this.mvc.perform(get("/annuaire/animateurs/" + id + "-mauvais-nom"))
			.andExpect(status().isMovedPermanently())
			.andExpect(redirectedUrl(path));
		this.mvc.perform(get("/annuaire/animateurs/" + id))
			.andExpect(status().isMovedPermanently())
			.andExpect(redirectedUrl(path));
		this.mvc.perform(get("/annuaire/animateurs/999999999-personne")).andExpect(status().isNotFound());
	}

	@Test
	void eachFacilitatorReachesOnlyTheirOwnProfile() throws Exception {
		String name = "Fanny Proprio " + FacilitatorFixture.token();
		this.fixture.published(name, "Toulouse");
		Staff other = this.fixture.facilitator("Gaston Voisin");

		this.mvc.perform(get("/espace/profil").with(other.login()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Gaston Voisin\"")))
			.andExpect(content().string(not(containsString(name))));
		this.fixture.save(this.fixture.form(other, "Gaston Voisin", "Toulouse", false));
		assertThat(this.jdbc.sql("SELECT count(*) FROM facilitator_profile WHERE name = ?")
			.param(name)
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void aProfileChangedMeanwhileIsNotOverwritten() throws Exception {
		Staff who = this.fixture.facilitator("Iris Onglets");
		this.fixture.save(this.fixture.form(who, "Iris Onglets", "Lyon", false));
		this.mvc.perform(this.fixture.form(who, "Iris Ancien Onglet", "Lyon", false, "version", "-1"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("modifié entre-temps")));
		assertThat(this.jdbc.sql("SELECT name FROM facilitator_profile WHERE account_id = ?")
			.param(who.id())
			.query(String.class)
			.single()).isEqualTo("Iris Onglets");
	}

	@Test
	void aDeletedAccountsProfileIsErased() throws Exception {
		var published = this.fixture.published("Jade Partie " + FacilitatorFixture.token(), "Lyon");
		this.transactions.executeWithoutResult(
				(status) -> this.events.publishEvent(new AccountDeleted(published.who().id(), Instant.now())));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.sql("SELECT count(*) FROM facilitator_profile WHERE id = ?")
				.param(published.id())
				.query(Long.class)
				.single() == 0);
		assertThat(this.queue.statusOf("facilitator", Long.toString(published.id()))).isEmpty();
	}

	@Test
	void noDemoProfileIsCreatedAgainstAnExternalDatabase() {
		assertThat(this.context.getBeansOfType(DemoFacilitatorProfile.class)).isEmpty();
	}

	@Test
	void aSuspendedAccountsProfileIsHiddenUntilReactivation() throws Exception {
		long id = this.fixture.published("Hugo Suspendu " + FacilitatorFixture.token(), "Strasbourg").id();
		long account = this.directory.findPublished(id).orElseThrow().accountId();

		this.administration.suspend(account, "test", this.administration.find(account).orElseThrow().version());
		await().atMost(Duration.ofSeconds(10)).until(() -> this.directory.findPublished(id).isEmpty());

		this.administration.reactivate(account, this.administration.find(account).orElseThrow().version());
		this.fixture.awaitPublished(id);
		assertThat(this.queue.statusOf("facilitator", Long.toString(id))).contains(ModerationStatus.PUBLISHED);
	}

}
