package fr.cnnumerique.cafeia.directory.facilitator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.cnnumerique.cafeia.accounts.AccountAdministration;
import fr.cnnumerique.cafeia.accounts.AccountManagement;
import fr.cnnumerique.cafeia.accounts.AccountOverview;
import fr.cnnumerique.cafeia.accounts.AccountQuery;
import fr.cnnumerique.cafeia.accounts.Role;
import fr.cnnumerique.cafeia.shared.ConditionalOnEmbeddedDatabase;
import fr.cnnumerique.cafeia.territory.Place;
import fr.cnnumerique.cafeia.territory.PlaceFinder;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * A public profile for the demo facilitator account, on the embedded database only, so
 * the directory is not empty when trying the portal. Runs after the demo accounts exist.
 * The accounts module offers no API to create accounts, and a profile belongs to exactly
 * one account, so there is a single demo profile: it is submitted to the queue like any
 * other (the demo moderator finds it there) and listed at once as if approved.
 * Idempotent: nothing happens once the account has a profile.
 * <p>
 * The accounts module also creates twenty demo facilitators without a password
 * ({@value #FACILITATOR_EMAIL_PATTERN}); each gets a profile in a real commune, from
 * Brittany to Corsica and overseas, through the same path. Their names are the ones of
 * their accounts.
 */
@Component
@ConditionalOnEmbeddedDatabase
@Order(10)
class DemoFacilitatorProfile implements ApplicationRunner {

	static final String DEMO_EMAIL = "animatrice@demo.cafeia.fr";

	/** The addresses the accounts module gives its demo facilitators. */
	static final String FACILITATOR_EMAIL_PATTERN = "animateur-%02d@demo.cafeia.fr";

	/** One profile per demo facilitator, in the order of their numbers. */
	static final List<Seed> SEEDS = List.of(
			new Seed("29232", "Médiathèque des Ursulines",
					"Bibliothécaire, je fais découvrir l'IA générative avec des ateliers pratiques.",
					List.of("ia-generative", "creation-et-culture"), List.of("tout-public"), List.of("fr", "br"), true,
					false, 40, false),
			new Seed("35238", "Tiers-lieu Le Hangar",
					"Médiatrice numérique, j'anime des cafés IA sur l'IA au travail et la vie privée.",
					List.of("ia-et-travail", "vie-privee-et-donnees"), List.of("professionnels"), List.of("fr", "en"),
					true, true, 60, true),
			new Seed("44109", "Association Numérique Solidaire",
					"J'accompagne les personnes éloignées du numérique à comprendre les outils d'IA.",
					List.of("ia-au-quotidien"), List.of("personnes-eloignees-du-numerique", "seniors"),
					List.of("fr", "ar"), true, false, 30, true),
			new Seed("59350", "Maison de quartier Wazemmes",
					"Animatrice jeunesse, je parle d'IA et d'information avec les adolescents.",
					List.of("information-et-desinformation"), List.of("jeunes"), List.of("fr"), true, false, 25, false),
			new Seed("80021", "Université de Picardie",
					"Enseignant-chercheur, j'explique simplement comment fonctionnent les modèles de langage.",
					List.of("ia-et-education", "ia-generative"), List.of("tout-public", "parents"), List.of("fr", "en"),
					true, true, 80, true),
			new Seed("67482", "Centre socio-culturel du Neudorf",
					"Je propose des débats sur l'IA et la démocratie, en français et en allemand.",
					List.of("democratie-et-citoyennete"), List.of("tout-public"), List.of("fr", "de"), true, true, 50,
					false),
			new Seed("57463", "Fab lab de Metz", "Fabmanager, je montre l'IA en action : images, sons et code.",
					List.of("creation-et-culture", "ia-generative"), List.of("jeunes", "tout-public"), List.of("fr"),
					true, false, 40, true),
			new Seed("21231", "Maison France Services",
					"Conseillère numérique, j'aide à repérer l'IA dans les démarches du quotidien.",
					List.of("ia-au-quotidien", "vie-privee-et-donnees"),
					List.of("seniors", "personnes-eloignees-du-numerique"), List.of("fr"), true, false, 35, false),
			new Seed("69123", "Coopérative Les Communs",
					"Formatrice, j'anime des cafés IA pour les agents publics et les élus.",
					List.of("ia-et-travail", "democratie-et-citoyennete"), List.of("elus-et-agents-publics"),
					List.of("fr", "en", "ar"), true, true, 100, true),
			new Seed("38185", "Médiathèque Kateb Yacine",
					"Je parle d'IA et d'environnement : ce que coûtent les modèles et ce qu'ils permettent.",
					List.of("environnement"), List.of("tout-public"), List.of("fr", "it"), true, false, 45, false),
			new Seed("63113", "Centre hospitalier universitaire",
					"Infirmière, j'anime des échanges sur l'IA et la santé.", List.of("ia-et-sante"),
					List.of("professionnels", "tout-public"), List.of("fr"), true, true, 70, true),
			new Seed("33063", "Cap Sciences", "Médiateur scientifique, je démonte les idées reçues sur l'IA.",
					List.of("information-et-desinformation", "ia-au-quotidien"), List.of("tout-public", "jeunes"),
					List.of("fr", "es"), true, false, 50, false),
			new Seed("31555", "Espace public numérique des Izards",
					"J'anime des ateliers pour les parents sur l'IA et les écrans.", List.of("ia-et-education"),
					List.of("parents"), List.of("fr", "oc", "es"), true, false, 30, true),
			new Seed("34172", "Réseau des médiathèques", "Je fais découvrir l'IA générative aux seniors, sans jargon.",
					List.of("ia-generative"), List.of("seniors"), List.of("fr"), true, false, 40, false),
			new Seed("13055", "Friche La Belle de Mai",
					"Artiste, j'interroge la création avec l'IA lors de cafés publics.", List.of("creation-et-culture"),
					List.of("tout-public", "jeunes"), List.of("fr", "ar", "it"), true, true, 60, true),
			new Seed("06088", "Maison des associations", "Je parle d'IA, de données personnelles et de vie privée.",
					List.of("vie-privee-et-donnees"), List.of("tout-public", "seniors"), List.of("fr", "it", "en"),
					true, false, 35, false),
			new Seed("2A004", "Médiathèque des Jardins de l'Empereur",
					"J'anime des cafés IA en français et en corse, en ville et dans les villages.",
					List.of("ia-au-quotidien", "democratie-et-citoyennete"), List.of("tout-public"),
					List.of("fr", "co"), true, true, 90, true),
			new Seed("97209", "Cyberbase de Fort-de-France",
					"Médiateur numérique, j'aide les jeunes à utiliser l'IA pour leur orientation.",
					List.of("ia-et-travail", "ia-et-education"), List.of("jeunes"), List.of("fr"), true, true, 30,
					false),
			new Seed("97120", "Association Guadeloupe Numérique",
					"Je propose des cafés IA autour de l'information et des rumeurs en ligne.",
					List.of("information-et-desinformation"), List.of("tout-public", "parents"), List.of("fr"), true,
					true, 40, true),
			new Seed("97411", "Tiers-lieu du Barachois",
					"Je parle d'IA et d'environnement à La Réunion, en français et en anglais.",
					List.of("environnement", "ia-generative"), List.of("tout-public", "professionnels"),
					List.of("fr", "en"), true, true, 50, true));

	private static final Logger log = LoggerFactory.getLogger(DemoFacilitatorProfile.class);

	private final AccountAdministration accounts;

	private final FacilitatorProfiles profiles;

	private final PlaceFinder places;

	private final AccountManagement management;

	DemoFacilitatorProfile(AccountAdministration accounts, FacilitatorProfiles profiles, PlaceFinder places,
			AccountManagement management) {
		this.accounts = accounts;
		this.profiles = profiles;
		this.places = places;
		this.management = management;
	}

	/**
	 * Lists a profile for each account, by address, that has none yet, with the
	 * {@link #SEEDS} in order. Accounts not found (or not verified) are skipped, and so
	 * is a seed whose commune is missing.
	 * @param emails the accounts' addresses, at most one per seed
	 * @return the paths of the profiles listed by this call
	 */
	List<String> listDemoProfiles(List<String> emails) {
		List<String> listed = new ArrayList<>();
		for (int i = 0; i < emails.size() && i < SEEDS.size(); i++) {
			Seed seed = SEEDS.get(i);
			Optional<Place> place = this.places.byInseeCode(seed.inseeCode());
			var account = this.management.findVerifiedByEmail(emails.get(i));
			if (place.isEmpty() || account.isEmpty() || this.profiles.ofAccount(account.get().id()).isPresent()) {
				continue;
			}
			Place commune = place.get();
			ProfileContent content = new ProfileContent(account.get().displayName(), seed.bio(), commune.inseeCode(),
					commune.name(), commune.postalCode(), commune.departementCode(), commune.departementName(),
					commune.regionCode(), commune.regionName(), commune.latitude(), commune.longitude(),
					seed.organisation(), seed.themes(), seed.audiences(), seed.languages(), seed.inPerson(),
					seed.online(), seed.travelKm(), seed.lookingForVenue());
			FacilitatorProfile profile = this.profiles.save(account.get().id(), content, true, null);
			this.profiles.listAsApproved(profile.id());
			listed.add(profile.path());
		}
		return listed;
	}

	static List<String> demoFacilitatorEmails() {
		List<String> emails = new ArrayList<>();
		for (int i = 1; i <= SEEDS.size(); i++) {
			emails.add(FACILITATOR_EMAIL_PATTERN.formatted(i));
		}
		return emails;
	}

	@Override
	public void run(ApplicationArguments args) {
		listCamille();
		List<String> listed = listDemoProfiles(demoFacilitatorEmails());
		if (!listed.isEmpty()) {
			log.info("{} demo facilitator profiles listed", listed.size());
		}
	}

	private void listCamille() {
		List<AccountOverview> found = this.accounts
			.search(new AccountQuery(DEMO_EMAIL, Role.FACILITATOR, null), PageRequest.of(0, 10))
			.getContent()
			.stream()
			.filter((account) -> DEMO_EMAIL.equalsIgnoreCase(account.email()))
			.toList();
		if (found.isEmpty() || this.profiles.ofAccount(found.get(0).id()).isPresent()) {
			return;
		}
		Place quimper = this.places.find("Quimper").orElse(null);
		if (quimper == null) {
			return;
		}
		long accountId = found.get(0).id();
		ProfileContent content = new ProfileContent("Camille Animatrice",
				"Médiatrice numérique, j'anime des cafés IA en médiathèque et en tiers-lieu, en français et en breton.",
				quimper.inseeCode(), quimper.name(), quimper.postalCode(), quimper.departementCode(),
				quimper.departementName(), quimper.regionCode(), quimper.regionName(), quimper.latitude(),
				quimper.longitude(), "Médiathèque de Quimper", List.of("ia-au-quotidien", "ia-generative"),
				List.of("tout-public", "seniors"), List.of("fr", "br"), true, true, 50, true);
		FacilitatorProfile profile = this.profiles.save(accountId, content, true, null);
		this.profiles.listAsApproved(profile.id());
		log.info("Demo facilitator profile listed: {}", profile.path());
	}

	/**
	 * What a demo facilitator's profile says, besides their name.
	 *
	 * @param inseeCode the commune
	 * @param organisation where they work
	 * @param bio the short presentation
	 * @param themes theme codes
	 * @param audiences audience codes
	 * @param languages language codes
	 * @param inPerson whether they offer in-person cafés
	 * @param online whether they offer online cafés
	 * @param travelKm how far they travel
	 * @param lookingForVenue whether they look for a venue
	 */
	record Seed(String inseeCode, String organisation, String bio, List<String> themes, List<String> audiences,
			List<String> languages, boolean inPerson, boolean online, int travelKm, boolean lookingForVenue) {
	}

}
