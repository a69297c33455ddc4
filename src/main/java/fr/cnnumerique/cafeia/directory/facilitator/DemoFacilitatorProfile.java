package fr.cnnumerique.cafeia.directory.facilitator;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.cnnumerique.cafeia.accounts.AccountAdministration;
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
 */
@Component
@ConditionalOnEmbeddedDatabase
@Order(10)
class DemoFacilitatorProfile implements ApplicationRunner {

	static final String DEMO_EMAIL = "animatrice@demo.cafeia.fr";

	private static final Logger log = LoggerFactory.getLogger(DemoFacilitatorProfile.class);

	private final AccountAdministration accounts;

	private final FacilitatorProfiles profiles;

	private final PlaceFinder places;

	DemoFacilitatorProfile(AccountAdministration accounts, FacilitatorProfiles profiles, PlaceFinder places) {
		this.accounts = accounts;
		this.profiles = profiles;
		this.places = places;
	}

	@Override
	public void run(ApplicationArguments args) {
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

}
