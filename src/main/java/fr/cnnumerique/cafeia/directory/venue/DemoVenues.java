package fr.cnnumerique.cafeia.directory.venue;

import java.util.List;
import java.util.Optional;

import fr.cnnumerique.cafeia.accounts.AccountAdministration;
import fr.cnnumerique.cafeia.accounts.AccountOverview;
import fr.cnnumerique.cafeia.accounts.AccountQuery;
import fr.cnnumerique.cafeia.accounts.Role;
import fr.cnnumerique.cafeia.shared.ConditionalOnEmbeddedDatabase;
import fr.cnnumerique.cafeia.territory.Place;
import fr.cnnumerique.cafeia.territory.PlaceFinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Published demo venues over real communes of several régions, overseas included, managed
 * by the demo facilitator, for trying the directory and the map on the embedded database.
 * Created once: nothing happens when the demo facilitator already manages venues. The
 * accounts module has no look-up by e-mail for other modules, so the demo account is
 * found through the back-office search, matched on its exact address.
 */
@Component
@ConditionalOnEmbeddedDatabase
@Order(10)
class DemoVenues implements ApplicationRunner {

	static final String DEMO_FACILITATOR = "animatrice@demo.cafeia.fr";

	private static final Logger log = LoggerFactory.getLogger(DemoVenues.class);

	record Demo(String name, String type, String street, String commune, boolean stepFree, boolean ready) {
	}

	static final List<Demo> VENUES = List.of(
			new Demo("Médiathèque de la Part-Dieu", "mediatheque", "30 boulevard Vivier-Merle", "Lyon 69003", true,
					true),
			new Demo("La Cordée Villeurbanne", "tiers-lieu", "12 rue Francis-de-Pressensé", "Villeurbanne 69100", true,
					true),
			new Demo("Café des Sciences", "cafe-bar", "4 place de la Croix-Rousse", "Lyon 69004", false, true),
			new Demo("Bibliothèque Alcazar", "mediatheque", "58 cours Belsunce", "Marseille 13001", true, true),
			new Demo("Tiers-lieu La Friche", "tiers-lieu", "41 rue Jobin", "Marseille 13003", true, false),
			new Demo("Mairie d'Aix-en-Provence", "mairie", "place de l'Hôtel de Ville", "Aix-en-Provence 13100", true,
					true),
			new Demo("Médiathèque José-Cabanis", "mediatheque", "1 allée Jacques-Chaban-Delmas", "Toulouse 31500", true,
					true),
			new Demo("Association Numérique Pour Tous", "association", "12 rue des Lois", "Toulouse 31000", false,
					true),
			new Demo("Bibliothèque Mériadeck", "mediatheque", "85 cours du Maréchal-Juin", "Bordeaux 33000", true,
					true),
			new Demo("Darwin Écosystème", "tiers-lieu", "87 quai des Queyries", "Bordeaux 33100", true, true),
			new Demo("Médiathèque Jacques-Demy", "mediatheque", "24 quai de la Fosse", "Nantes 44000", true, true),
			new Demo("Café Le Lieu Unique", "cafe-bar", "2 rue de la Biscuiterie", "Nantes 44000", true, false),
			new Demo("Bibliothèque des Champs Libres", "mediatheque", "10 cours des Alliés", "Rennes 35000", true,
					true),
			new Demo("Lycée Chateaubriand", "etablissement-scolaire", "136 boulevard de Vitré", "Rennes 35700", true,
					false),
			new Demo("Médiathèque André-Malraux", "mediatheque", "1 presqu'île André-Malraux", "Strasbourg 67100", true,
					true),
			new Demo("Shadok", "tiers-lieu", "25 presqu'île André-Malraux", "Strasbourg 67100", true, true),
			new Demo("Médiathèque Jean-Lévy", "mediatheque", "32 rue Édouard-Delesalle", "Lille 59000", true, true),
			new Demo("EuraTechnologies", "entreprise", "165 avenue de Bretagne", "Lille 59000", true, true),
			new Demo("Bibliothèque Louise-Michel", "mediatheque", "29 rue des Haies", "Paris 75020", true, true),
			new Demo("Mairie du 11e arrondissement", "mairie", "12 place Léon-Blum", "Paris 75011", true, false),
			new Demo("Le Comptoir Général", "cafe-bar", "80 quai de Jemmapes", "Paris 75010", false, true),
			new Demo("Médiathèque de Quimper", "mediatheque", "place Saint-Corentin", "Quimper 29000", true, true),
			new Demo("Tiers-lieu de Guéret", "tiers-lieu", "2 avenue de la Sénatorerie", "Guéret 23000", true, true),
			new Demo("Médiathèque de Clermont", "mediatheque", "3 boulevard Lafayette", "Clermont-Ferrand 63000", true,
					true),
			new Demo("Médiathèque d'Ajaccio", "mediatheque", "boulevard Pascal-Rossini", "Ajaccio 20000", true, false),
			new Demo("Médiathèque François-Mitterrand", "mediatheque", "rue Paul-Lacavé", "Pointe-à-Pitre 97110", true,
					true),
			new Demo("Bibliothèque Schœlcher", "mediatheque", "1 rue de la Liberté", "Fort-de-France 97200", true,
					true),
			new Demo("Médiathèque de Cayenne", "mediatheque", "avenue du Général-de-Gaulle", "Cayenne 97300", true,
					true),
			new Demo("Médiathèque François-Mitterrand", "mediatheque", "2 rue Amiral-Lacaze", "Saint-Denis 97400", true,
					true),
			new Demo("Association Mayotte Numérique", "association", "rue du Commerce", "Mamoudzou 97600", false,
					true));

	private final AccountAdministration accounts;

	private final PlaceFinder places;

	private final VenueStore store;

	private final TransactionTemplate transactions;

	DemoVenues(AccountAdministration accounts, PlaceFinder places, VenueStore store, TransactionTemplate transactions) {
		this.accounts = accounts;
		this.places = places;
		this.store = store;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<Long> facilitator = this.accounts
			.search(new AccountQuery(DEMO_FACILITATOR, Role.FACILITATOR, null), PageRequest.of(0, 5))
			.stream()
			.filter((account) -> DEMO_FACILITATOR.equalsIgnoreCase(account.email()))
			.map(AccountOverview::id)
			.findFirst();
		if (facilitator.isEmpty()) {
			log.info("No demo facilitator {}: no demo venues", DEMO_FACILITATOR);
			return;
		}
		long owner = facilitator.get();
		if (!this.store.managedBy(owner).isEmpty()) {
			return;
		}
		int created = this.transactions.execute((status) -> {
			int count = 0;
			for (int i = 0; i < VENUES.size(); i++) {
				Demo demo = VENUES.get(i);
				Optional<Place> place = this.places.find(demo.commune());
				if (place.isEmpty()) {
					continue;
				}
				Place found = place.get();
				// spread venues of one commune around its centre rather than stacking
				// them
				double offset = (i % 5) * 0.002;
				VenueDraft venue = new VenueDraft(0, demo.name(), demo.type(), demo.street(), found.postalCode(),
						found.inseeCode(), found.name(), found.latitude() + offset, found.longitude() - offset,
						demo.stepFree(), false, false, false, null, null, null, null, null, null, null, null,
						demo.ready(), null, null, 0);
				this.store.publish(this.store.insert(venue, owner));
				count++;
			}
			return count;
		});
		log.info("Demo venues created: {}", created);
	}

}
