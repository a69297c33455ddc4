package fr.cnnumerique.cafeia.events.management;

import java.util.List;

import fr.cnnumerique.cafeia.accounts.CurrentAccount;
import fr.cnnumerique.cafeia.accounts.Role;
import fr.cnnumerique.cafeia.events.EventFormat;
import fr.cnnumerique.cafeia.events.EventKind;
import fr.cnnumerique.cafeia.events.RegistrationMode;
import fr.cnnumerique.cafeia.taxonomy.Taxonomies;
import fr.cnnumerique.cafeia.taxonomy.Vocabulary;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * What the café form page needs besides the form: the choices it offers. Shared by the
 * create and edit controllers.
 */
@Component
class EventFormPage {

	static final String VIEW = "events/management/form";

	static final String NEW = "/espace/cafes/nouveau";

	private static final List<EventKind> STAFF_KINDS = List.of(EventKind.CAFE_IA, EventKind.CAFE_RESSOURCES,
			EventKind.CAFE_ANIMATIONS, EventKind.OTHER);

	private final Taxonomies taxonomies;

	private final EventChecks checks;

	EventFormPage(Taxonomies taxonomies, EventChecks checks) {
		this.taxonomies = taxonomies;
		this.checks = checks;
	}

	/**
	 * Moderators and administrators create the national series and may manage every café.
	 */
	static boolean isStaff(CurrentAccount account) {
		return account.getAuthorities()
			.stream()
			.anyMatch((authority) -> authority.getAuthority().equals(Role.MODERATOR.authority())
					|| authority.getAuthority().equals(Role.ADMIN.authority()));
	}

	/**
	 * Fills the model for the form page.
	 * @param form the form shown, also in the model as {@code form}
	 * @param cafe the café edited, {@code null} when creating
	 * @param action where the form posts
	 * @return the view name
	 */
	String show(Model model, CurrentAccount account, EventForm form, ManagedEvent cafe, String action) {
		model.addAttribute("action", action);
		model.addAttribute("cafe", cafe);
		boolean staff = isStaff(account);
		model.addAttribute("kinds",
				staff ? STAFF_KINDS
						: (cafe != null && cafe.kind() != EventKind.CAFE_IA && cafe.kind() != EventKind.OTHER)
								? List.of(EventKind.CAFE_IA, cafe.kind(), EventKind.OTHER)
								: List.of(EventKind.CAFE_IA, EventKind.OTHER));
		model.addAttribute("formats", EventFormat.values());
		model.addAttribute("registrations", RegistrationMode.values());
		model.addAttribute("frequencies", Frequency.values());
		model.addAttribute("languages", EventForm.LANGUAGES);
		model.addAttribute("themeChoices",
				this.taxonomies.choices(Vocabulary.THEME, (cafe != null) ? cafe.themes() : List.of()));
		model.addAttribute("audienceChoices",
				this.taxonomies.choices(Vocabulary.AUDIENCE, (cafe != null) ? cafe.audiences() : List.of()));
		Long venueId = form.venueId().matches("[0-9]{1,18}") ? Long.valueOf(form.venueId())
				: (cafe != null) ? cafe.venueId() : null;
		model.addAttribute("venues", this.checks.venueChoices(account.id(), form.venueCommune(), venueId));
		return VIEW;
	}

	/**
	 * Shows the form again after the venue search button, without the errors of a form
	 * not yet complete.
	 */
	String afterVenueSearch(Model model, CurrentAccount account, EventForm form, ManagedEvent cafe, String action) {
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", new BeanPropertyBindingResult(form, "form"));
		return show(model, account, form, cafe, action);
	}

}
