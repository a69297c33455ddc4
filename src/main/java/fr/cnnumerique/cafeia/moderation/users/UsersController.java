package fr.cnnumerique.cafeia.moderation.users;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import fr.cnnumerique.cafeia.accounts.AccountAdministration;
import fr.cnnumerique.cafeia.accounts.AccountQuery;
import fr.cnnumerique.cafeia.accounts.AccountStatus;
import fr.cnnumerique.cafeia.accounts.CurrentAccount;
import fr.cnnumerique.cafeia.accounts.Role;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The users back-office, for administrators: the searchable list and one user's page with
 * its actions (posted to {@link UserActionsController}). Unknown filter values are
 * ignored rather than refused, as they come from links that may be old.
 */
@Controller
class UsersController {

	static final int PAGE_SIZE = 20;

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final AccountAdministration accounts;

	private final UserAdministration administration;

	UsersController(AccountAdministration accounts, UserAdministration administration) {
		this.accounts = accounts;
		this.administration = administration;
	}

	@GetMapping("/admin/utilisateurs")
	String list(@RequestParam(name = "q", required = false) String text,
			@RequestParam(name = "role", required = false) String role,
			@RequestParam(name = "statut", required = false) String status,
			@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		AccountQuery query = new AccountQuery(text, parse(Role.class, role), parse(AccountStatus.class, status));
		model.addAttribute("query", query);
		model.addAttribute("users", this.accounts.search(query, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
		model.addAttribute("roles", List.of(Role.values()));
		model.addAttribute("statuses", List.of(AccountStatus.values()));
		return "admin/users/list";
	}

	@GetMapping("/admin/utilisateurs/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentAccount actor, Model model) {
		return show(this.administration, id, actor, model);
	}

	static String show(UserAdministration administration, long id, CurrentAccount actor, Model model) {
		model.addAttribute("user", administration.show(id));
		model.addAttribute("self", actor.id() == id);
		model.addAttribute("managedRoles", List.of(Role.MODERATOR, Role.ADMIN));
		model.addAttribute("zone", PARIS);
		return "admin/users/show";
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		return Arrays.stream(type.getEnumConstants())
			.filter((constant) -> constant.name().equals(value))
			.findFirst()
			.orElse(null);
	}

}
