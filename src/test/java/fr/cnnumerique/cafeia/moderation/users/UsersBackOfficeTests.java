package fr.cnnumerique.cafeia.moderation.users;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.cnnumerique.cafeia.accounts.AccountReactivated;
import fr.cnnumerique.cafeia.accounts.AccountSuspended;
import fr.cnnumerique.cafeia.accounts.AccountsFixture;
import fr.cnnumerique.cafeia.accounts.Role;
import fr.cnnumerique.cafeia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@RecordApplicationEvents
class UsersBackOfficeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEvents events;

	AccountsFixture accounts;

	long adminId;

	Cookie admin;

	@BeforeEach
	void loggedInAdministrator() throws Exception {
		this.accounts = new AccountsFixture(this.mvc, this.jdbc);
		String email = AccountsFixture.uniqueEmail("admin-bo");
		this.adminId = this.accounts.staffAccount("Admin Back-office", email, Role.ADMIN);
		this.admin = this.accounts.staffLogin(email, AccountsFixture.PASSWORD);
	}

	@Test
	void onlyAdministratorsReachTheBackOffice() throws Exception {
		long target = this.accounts.verifiedAccount("Cible Accès", AccountsFixture.uniqueEmail("cible-acces"));
		List<String> pages = List.of("/admin/utilisateurs", "/admin/utilisateurs/" + target);
		List<String> actions = List.of("roles?role=MODERATOR&accorder=true&version=0", "confiance?confiance=true",
				"suspension?motif=x&version=0", "reactivation?version=0", "double-authentification");
		for (String page : pages) {
			this.mvc.perform(get(page)).andExpect(redirectedUrl("/connexion"));
			this.mvc.perform(get(page).with(user("a").roles("FACILITATOR"))).andExpect(status().isForbidden());
			this.mvc.perform(get(page).with(user("m").roles("MODERATOR"))).andExpect(status().isForbidden());
			this.mvc.perform(get(page).cookie(this.admin)).andExpect(status().isOk());
		}
		for (String action : actions) {
			String path = "/admin/utilisateurs/" + target + "/" + action;
			this.mvc.perform(post(path).with(csrf())).andExpect(redirectedUrl("/connexion"));
			this.mvc.perform(post(path).with(csrf()).with(user("m").roles("MODERATOR")))
				.andExpect(status().isForbidden());
		}
		assertThat(auditOf(target)).isEmpty();
	}

	@Test
	void searchIgnoresCaseAndAccentsAndFiltersByRoleAndStatus() throws Exception {
		String tag = AccountsFixture.uniqueEmail("x").substring(2, 10);
		long eloise = this.accounts.verifiedAccount("Éloïse Dûpont " + tag, AccountsFixture.uniqueEmail("eloise"));
		long modo = this.accounts.staffAccount("Marc Dupont " + tag, AccountsFixture.uniqueEmail("marc"),
				Role.MODERATOR);
		assertThat(search("q", "ELOISE DUPONT " + tag)).contains("Éloïse Dûpont " + tag)
			.doesNotContain("Marc Dupont " + tag);
		assertThat(search("q", "dupont " + tag)).contains("Éloïse Dûpont " + tag).contains("Marc Dupont " + tag);
		assertThat(search("q", "dupont " + tag, "role", "MODERATOR")).doesNotContain("Éloïse")
			.contains("/admin/utilisateurs/" + modo);
		this.jdbc.update("UPDATE account SET status = 'DISABLED' WHERE id = ?", eloise);
		assertThat(search("q", tag, "statut", "SUSPENDED")).contains("/admin/utilisateurs/" + eloise)
			.doesNotContain("/admin/utilisateurs/" + modo + "\"");
		assertThat(search("q", "personne-" + tag)).contains("id=\"no-users\"");
		assertThat(search("q", "100%_" + tag)).contains("id=\"no-users\"");
		assertThat(search("role", "SUPERADMIN", "statut", "PERDU", "page", "-3")).contains("Admin Back-office");
	}

	@Test
	void grantingAndRevokingARoleIsAuditedAndEndsTheSessions() throws Exception {
		String email = AccountsFixture.uniqueEmail("promue");
		long target = this.accounts.verifiedAccount("Promue", email);
		Cookie targetSession = this.accounts.login(email, AccountsFixture.PASSWORD);
		changeRole(target, "MODERATOR", true, version(target)).andExpect(redirectedUrl("/admin/utilisateurs/" + target))
			.andExpect(flash().attribute("success", "moderation-users.role.granted"));
		assertThat(roles(target)).contains("MODERATOR");
		this.mvc.perform(get("/compte").cookie(targetSession)).andExpect(redirectedUrl("/connexion"));
		this.mvc
			.perform(post("/connexion").with(csrf()).param("email", email).param("password", AccountsFixture.PASSWORD))
			.andExpect(redirectedUrl("/compte/double-authentification"));

		changeRole(target, "MODERATOR", false, version(target))
			.andExpect(flash().attribute("success", "moderation-users.role.revoked"));
		assertThat(roles(target)).doesNotContain("MODERATOR");
		assertThat(auditOf(target)).extracting((row) -> row.get("action") + " " + row.get("reason"))
			.containsExactly("account.role.grant MODERATOR", "account.role.revoke MODERATOR");
		assertThat(auditOf(target).get(0).get("actor_id")).isEqualTo(this.adminId);
	}

	@Test
	void forgedRolesAndOwnAdminRoleAreRefusedWithoutWritingAnything() throws Exception {
		long target = this.accounts.verifiedAccount("Forge", AccountsFixture.uniqueEmail("forge"));
		for (String forged : List.of("SUPERADMIN", "FACILITATOR", "admin", "")) {
			changeRole(target, forged, true, version(target))
				.andExpect(flash().attribute("error", "moderation-users.role.unknown"));
		}
		changeRole(this.adminId, "ADMIN", false, version(this.adminId))
			.andExpect(flash().attribute("error", "moderation-users.self.roles"));
		assertThat(roles(this.adminId)).contains("ADMIN");
		this.mvc
			.perform(post("/admin/utilisateurs/" + this.adminId + "/confiance").cookie(this.admin)
				.with(csrf())
				.param("confiance", "true"))
			.andExpect(flash().attribute("error", "moderation-users.self.trust"));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM trusted_author WHERE account_id = ?", Integer.class,
				this.adminId))
			.isZero();
		assertThat(roles(target)).containsExactly("FACILITATOR");
		assertThat(auditOf(target)).isEmpty();
		assertThat(auditOf(this.adminId)).isEmpty();
		this.mvc.perform(get("/admin/utilisateurs/999999999").cookie(this.admin)).andExpect(status().isNotFound());
		changeRole(999999999L, "MODERATOR", true, 0).andExpect(status().isNotFound());
	}

	@Test
	void suspensionBlocksLoginEndsSessionsAndIsPublishedThenReactivationUndoesIt() throws Exception {
		String email = AccountsFixture.uniqueEmail("suspendue");
		long target = this.accounts.verifiedAccount("Suspendue", email);
		Cookie targetSession = this.accounts.login(email, AccountsFixture.PASSWORD);
		suspend(target, "  ", version(target)).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"motif-error\"")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		assertThat(statusOf(target)).isEqualTo("ACTIVE");

		suspend(target, "Propos injurieux répétés", version(target))
			.andExpect(flash().attribute("success", "moderation-users.suspend.done"));
		assertThat(statusOf(target)).isEqualTo("DISABLED");
		assertThat(this.events.stream(AccountSuspended.class)).extracting(AccountSuspended::accountId)
			.containsExactly(target);
		this.mvc.perform(get("/compte").cookie(targetSession)).andExpect(redirectedUrl("/connexion"));
		login(email, "pas le bon mot de passe").andExpect(redirectedUrl("/connexion?erreur"));
		login(email, AccountsFixture.PASSWORD).andExpect(redirectedUrl("/connexion?suspendu"));
		String page = this.mvc.perform(get("/connexion?suspendu")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Votre compte est suspendu");
		String userPage = this.mvc.perform(get("/admin/utilisateurs/" + target).cookie(this.admin))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(userPage).contains("Propos injurieux répétés").contains("Suspendu");

		this.mvc
			.perform(post("/admin/utilisateurs/" + target + "/reactivation").cookie(this.admin)
				.with(csrf())
				.param("version", Long.toString(version(target))))
			.andExpect(flash().attribute("success", "moderation-users.reactivate.done"));
		assertThat(this.events.stream(AccountReactivated.class)).extracting(AccountReactivated::accountId)
			.containsExactly(target);
		login(email, AccountsFixture.PASSWORD).andExpect(redirectedUrl("/compte"));
		assertThat(auditOf(target)).extracting((row) -> row.get("action") + " " + row.get("reason"))
			.containsExactly("account.suspend Propos injurieux répétés", "account.reactivate null");
	}

	@Test
	void aStaleFormGetsTheFreshPageAndAClearMessageAndChangesNothing() throws Exception {
		String email = AccountsFixture.uniqueEmail("perimee");
		long target = this.accounts.verifiedAccount("Périmée", email);
		long seen = version(target);
		this.accounts.login(email, AccountsFixture.PASSWORD);
		String page = suspend(target, "Motif", seen).andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Ce compte a été modifié entre-temps")
			.contains("name=\"version\" value=\"" + version(target) + "\"")
			.contains(">Motif</textarea>");
		changeRole(target, "ADMIN", true, seen).andExpect(status().isConflict());
		assertThat(statusOf(target)).isEqualTo("ACTIVE");
		assertThat(roles(target)).containsExactly("FACILITATOR");
		assertThat(auditOf(target)).isEmpty();
	}

	@Test
	void trustIsToggledAndAudited() throws Exception {
		long target = this.accounts.verifiedAccount("Fiable", AccountsFixture.uniqueEmail("fiable"));
		this.mvc
			.perform(post("/admin/utilisateurs/" + target + "/confiance").cookie(this.admin)
				.with(csrf())
				.param("confiance", "true"))
			.andExpect(flash().attribute("success", "moderation-users.trust.granted"));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM trusted_author WHERE account_id = ?", Integer.class,
				target))
			.isOne();
		assertThat(auditOf(target)).extracting((row) -> row.get("action")).containsExactly("account.trust");
	}

	@Test
	void resettingTheSecondFactorForcesANewEnrolmentAndIsAudited() throws Exception {
		String email = AccountsFixture.uniqueEmail("modo-perdu");
		long target = this.accounts.staffAccount("Modo Téléphone Perdu", email, Role.MODERATOR);
		Cookie targetSession = this.accounts.staffLogin(email, AccountsFixture.PASSWORD);
		login(email, AccountsFixture.PASSWORD).andExpect(redirectedUrl("/connexion/code"));
		this.mvc
			.perform(post("/admin/utilisateurs/" + target + "/double-authentification").cookie(this.admin).with(csrf()))
			.andExpect(flash().attribute("success", "moderation-users.second-factor.reset"));
		this.mvc.perform(get("/moderation/x").cookie(targetSession)).andExpect(redirectedUrl("/connexion"));
		login(email, AccountsFixture.PASSWORD).andExpect(redirectedUrl("/compte/double-authentification"));
		assertThat(auditOf(target)).extracting((row) -> row.get("action"))
			.containsExactly("account.second-factor.reset");
		this.mvc
			.perform(post("/admin/utilisateurs/" + this.adminId + "/double-authentification").cookie(this.admin)
				.with(csrf()))
			.andExpect(flash().attribute("error", "moderation-users.self.second-factor"));
	}

	private String search(String... params) throws Exception {
		var request = get("/admin/utilisateurs").cookie(this.admin);
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private ResultActions changeRole(long target, String role, boolean grant, long version) throws Exception {
		return this.mvc.perform(post("/admin/utilisateurs/" + target + "/roles").cookie(this.admin)
			.with(csrf())
			.param("role", role)
			.param("accorder", Boolean.toString(grant))
			.param("version", Long.toString(version)));
	}

	private ResultActions suspend(long target, String reason, long version) throws Exception {
		return this.mvc.perform(post("/admin/utilisateurs/" + target + "/suspension").cookie(this.admin)
			.with(csrf())
			.param("motif", reason)
			.param("version", Long.toString(version)));
	}

	private ResultActions login(String email, String password) throws Exception {
		return this.mvc.perform(post("/connexion").with(csrf()).param("email", email).param("password", password));
	}

	private long version(long id) {
		return this.jdbc.queryForObject("SELECT version FROM account WHERE id = ?", Long.class, id);
	}

	private String statusOf(long id) {
		return this.jdbc.queryForObject("SELECT status FROM account WHERE id = ?", String.class, id);
	}

	private List<String> roles(long id) {
		return this.jdbc.queryForList("SELECT role FROM account_role WHERE account_id = ? ORDER BY role", String.class,
				id);
	}

	private List<Map<String, Object>> auditOf(long target) {
		return this.jdbc.queryForList(
				"SELECT action, reason, actor_id FROM audit_log WHERE target_type = 'account' AND target_id = ? ORDER BY id",
				Long.toString(target));
	}

}
