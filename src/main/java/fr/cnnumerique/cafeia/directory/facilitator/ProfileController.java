package fr.cnnumerique.cafeia.directory.facilitator;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import fr.cnnumerique.cafeia.accounts.AccountManagement;
import fr.cnnumerique.cafeia.accounts.AccountSummary;
import fr.cnnumerique.cafeia.accounts.CurrentAccount;
import fr.cnnumerique.cafeia.moderation.ModerationStatus;
import fr.cnnumerique.cafeia.taxonomy.Taxonomies;
import fr.cnnumerique.cafeia.taxonomy.Vocabulary;
import fr.cnnumerique.cafeia.territory.Place;
import fr.cnnumerique.cafeia.territory.PlaceFinder;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The facilitator's own profile ({@code /espace/profil}): one per account, so nobody can
 * reach someone else's. A saved opted-in profile goes to moderation; the page says where
 * it stands.
 */
@Controller
class ProfileController {

	static final String PATH = "/espace/profil";

	private static final int SUGGESTIONS = 5;

	private final FacilitatorProfiles profiles;

	private final PlaceFinder places;

	private final Taxonomies taxonomies;

	private final AccountManagement accounts;

	ProfileController(FacilitatorProfiles profiles, PlaceFinder places, Taxonomies taxonomies,
			AccountManagement accounts) {
		this.profiles = profiles;
		this.places = places;
		this.taxonomies = taxonomies;
		this.accounts = accounts;
	}

	@GetMapping(PATH)
	String editForm(@AuthenticationPrincipal CurrentAccount account, Model model) {
		Optional<FacilitatorProfile> profile = this.profiles.ofAccount(account.id());
		ProfileForm form = profile.map((p) -> ProfileForm.of(p.content(), p.optedIn()))
			.orElseGet(() -> ProfileForm
				.empty(this.accounts.find(account.id()).map(AccountSummary::displayName).orElse("")));
		model.addAttribute("form", form);
		return page(profile, form, model);
	}

	@PostMapping(PATH)
	String update(@AuthenticationPrincipal CurrentAccount account, @Valid @ModelAttribute("form") ProfileForm form,
			BindingResult result, @RequestParam(required = false) Long version, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Optional<FacilitatorProfile> existing = this.profiles.ofAccount(account.id());
		form.check(result);
		Place place = resolve(form.commune(), result);
		List<String> usedThemes = existing.map((p) -> p.content().themes()).orElse(List.of());
		List<String> usedAudiences = existing.map((p) -> p.content().audiences()).orElse(List.of());
		if (!this.taxonomies.unusable(Vocabulary.THEME, form.themes(), usedThemes).isEmpty()) {
			result.rejectValue("themes", "directory.profile.themes.unusable");
		}
		if (!this.taxonomies.unusable(Vocabulary.AUDIENCE, form.audiences(), usedAudiences).isEmpty()) {
			result.rejectValue("audiences", "directory.profile.audiences.unusable");
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(existing, form, model);
		}
		FacilitatorProfile saved;
		try {
			saved = this.profiles.save(account.id(), ProfileContent.of(form, place), form.optedIn(), version);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("directory.profile.conflict");
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(this.profiles.ofAccount(account.id()), form, model);
		}
		redirect.addFlashAttribute("success",
				saved.optedIn() ? "directory.profile.saved.submitted" : "directory.profile.saved.private");
		return "redirect:" + PATH;
	}

	private Place resolve(String commune, BindingResult result) {
		if (commune == null || commune.isBlank() || result.hasFieldErrors("commune")) {
			return null;
		}
		Optional<Place> place = this.places.find(commune);
		if (place.isPresent()) {
			return place.get();
		}
		String suggestions = this.places.suggest(commune, SUGGESTIONS)
			.stream()
			.map(Place::label)
			.collect(Collectors.joining(", "));
		if (suggestions.isEmpty()) {
			result.rejectValue("commune", "directory.profile.commune.unknown", new Object[] { commune }, null);
		}
		else {
			result.rejectValue("commune", "directory.profile.commune.unknown-suggest",
					new Object[] { commune, suggestions }, null);
		}
		return null;
	}

	private String page(Optional<FacilitatorProfile> profile, ProfileForm form, Model model) {
		Set<String> themes = Set.copyOf(form.themes());
		model.addAttribute("themeChoices",
				this.taxonomies.choices(Vocabulary.THEME, profile.map((p) -> p.content().themes()).orElse(List.of())));
		model.addAttribute("audienceChoices", this.taxonomies.choices(Vocabulary.AUDIENCE,
				profile.map((p) -> p.content().audiences()).orElse(List.of())));
		model.addAttribute("languageChoices", ProfileForm.LANGUAGES);
		model.addAttribute("selectedThemes", themes);
		model.addAttribute("version", profile.map(FacilitatorProfile::version).orElse(null));
		model.addAttribute("status", status(profile));
		model.addAttribute("publicPath",
				profile.filter(FacilitatorProfile::published).map(FacilitatorProfile::path).orElse(null));
		return "directory/facilitators/profile";
	}

	private String status(Optional<FacilitatorProfile> found) {
		if (found.isEmpty()) {
			return "none";
		}
		FacilitatorProfile profile = found.get();
		if (!profile.optedIn()) {
			return "private";
		}
		if (profile.suspended()) {
			return "suspended";
		}
		ModerationStatus moderation = this.profiles.moderationStatus(profile).orElse(null);
		if (moderation == ModerationStatus.PENDING) {
			return profile.published() ? "published-pending" : "pending";
		}
		if (profile.published()) {
			return "published";
		}
		if (moderation == ModerationStatus.CHANGES_REQUESTED || moderation == ModerationStatus.REJECTED) {
			return moderation.name().toLowerCase().replace('_', '-');
		}
		return "hidden";
	}

}
