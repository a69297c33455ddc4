package fr.cnnumerique.cafeia.resources.library;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import fr.cnnumerique.cafeia.accounts.AccountAdministration;
import fr.cnnumerique.cafeia.accounts.AccountOverview;
import fr.cnnumerique.cafeia.accounts.AccountQuery;
import fr.cnnumerique.cafeia.accounts.Role;
import fr.cnnumerique.cafeia.resources.files.FileStore;
import fr.cnnumerique.cafeia.resources.files.StoredFile;
import fr.cnnumerique.cafeia.shared.ConditionalOnEmbeddedDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A dozen short, real resources written for Café IA, published by the demo facilitator on
 * the embedded database, each with a small Markdown or text file generated here (no
 * binary file in the repository). Created once: nothing happens when the demo facilitator
 * already shares resources.
 */
@Component
@ConditionalOnEmbeddedDatabase
@Order(20)
class DemoResources implements ApplicationRunner {

	static final String DEMO_FACILITATOR = "animatrice@demo.cafeia.fr";

	private static final Logger log = LoggerFactory.getLogger(DemoResources.class);

	private static final String AUTHORS = "Équipe Café IA";

	private static final String ORGANISATION = "Conseil national du numérique";

	record Demo(String title, String summary, String kind, List<String> themes, List<String> audiences, Integer minutes,
			String level, String licence, String fileName, String content) {
	}

	static final List<Demo> RESOURCES = List.of(
			new Demo("Animer un café IA en 90 minutes",
					"Le déroulé minute par minute d’un café IA, de l’accueil au mot de la fin.", "kit-animation",
					List.of("ia-au-quotidien"), List.of("tout-public"), 90, "decouverte", "CC-BY-NC-4.0",
					"deroule-cafe-ia-90-minutes.md",
					"""
							# Animer un café IA en 90 minutes

							- **0-10 min, accueil** : chacun dit son prénom et un usage de l’IA qu’il a croisé cette semaine.
							- **10-25 min, inspiration** : une courte vidéo ou une démonstration en direct d’un assistant conversationnel.
							- **25-60 min, débat en petits groupes** : une question par table (« Qu’est-ce que je confierais à une IA ? Qu’est-ce que je ne lui confierais jamais ? »).
							- **60-80 min, mise en commun** : chaque table partage une idée forte, l’animateur note au tableau.
							- **80-90 min, clôture** : ce que je retiens, ce que j’ai envie d’essayer, et le formulaire de retour.

							Conseil : laissez les silences s’installer, ce sont souvent eux qui font naître les meilleures questions.
							"""),
			new Demo("Check-list de l’animateur", "Tout ce qu’il faut vérifier la veille et le jour du café.",
					"fiche-pedagogique", List.of("ia-au-quotidien"), List.of("tout-public"), null, "decouverte",
					"CC-BY-NC-4.0", "check-list-animateur.md", """
							# Check-list de l’animateur

							## La veille
							- [ ] Salle réservée, accessible, chaises en cercle ou en îlots
							- [ ] Connexion internet testée, vidéoprojecteur et câbles
							- [ ] Liste des inscrits imprimée, badges et feutres
							- [ ] Question de départ choisie

							## Le jour même
							- [ ] Arriver 30 minutes avant
							- [ ] Café, thé, eau : c’est un café !
							- [ ] Rappeler les règles : bienveillance, pas de bonne ou de mauvaise réponse
							- [ ] Lancer le formulaire de retour à la fin
							"""),
			new Demo("IA : mythes et réalités",
					"Dix idées reçues sur l’intelligence artificielle, et ce qu’on peut en dire.", "fiche-pedagogique",
					List.of("ia-generative", "information-et-desinformation"), List.of("tout-public"), 30, "decouverte",
					"CC-BY-4.0", "mythes-et-realites.md",
					"""
							# IA : mythes et réalités

							**« L’IA comprend ce qu’elle dit. »** Les modèles de langage prédisent des suites de mots probables ; ils ne comprennent pas au sens humain.

							**« L’IA est neutre. »** Elle reproduit les biais des données avec lesquelles elle a été entraînée.

							**« L’IA va remplacer tous les emplois. »** Elle transforme surtout des tâches ; certains métiers changent, d’autres apparaissent.

							**« L’IA ne consomme rien. »** Entraîner et utiliser ces modèles demande de l’électricité, de l’eau et du matériel.

							**« Ce que dit l’IA est vrai. »** Elle peut inventer des sources : vérifiez toujours.
							"""),
			new Demo("Quiz : l’IA générative en 12 questions",
					"Un quiz à projeter pour lancer le débat de façon ludique.", "jeu-atelier",
					List.of("ia-generative"), List.of("tout-public", "jeunes"), 20, "decouverte", "CC-BY-NC-4.0",
					"quiz-ia-generative.md",
					"""
							# Quiz : l’IA générative en 12 questions

							1. Un assistant conversationnel peut-il citer une source qui n’existe pas ? (Oui)
							2. Une image générée par IA peut-elle être repérée à coup sûr ? (Non)
							3. Vos conversations peuvent-elles servir à entraîner le modèle ? (Cela dépend du service et de vos réglages)
							4. L’IA générative a-t-elle besoin d’internet pour fonctionner ? (Pas toujours)

							Pour chaque question, demandez d’abord aux participants de voter à main levée.
							"""),
			new Demo("L’IA et le travail : présentation pour un café",
					"Une trame de présentation sur ce que l’IA change au travail.", "presentation",
					List.of("ia-et-travail"), List.of("professionnels"), 45, "intermediaire", "CC-BY-NC-SA-4.0",
					"ia-et-travail.md", """
							# L’IA et le travail

							## Diapositive 1 : ce qui change
							Des tâches automatisées, d’autres augmentées, de nouveaux métiers.

							## Diapositive 2 : témoignages
							Invitez une personne du territoire à raconter son expérience.

							## Diapositive 3 : questions pour le débat
							- Quelles tâches aimeriez-vous confier à une IA ?
							- Qui décide de l’usage de l’IA dans votre organisation ?
							"""),
			new Demo("Parler d’IA avec ses enfants",
					"Des pistes pour les parents : jeux, questions et repères par âge.", "guide",
					List.of("ia-et-education"), List.of("parents"), null, "decouverte", "CC-BY-NC-4.0",
					"parler-ia-enfants.md",
					"""
							# Parler d’IA avec ses enfants

							- **Avant 6 ans** : jouer à « humain ou machine ? » avec des objets du quotidien.
							- **6-11 ans** : demander à un assistant vocal de raconter une histoire, puis chercher ensemble ce qui est inventé.
							- **Adolescents** : parler des images truquées et des réseaux sociaux, sans faire la morale.

							L’essentiel : rester curieux ensemble.
							"""),
			new Demo("Atelier : repérer une image générée", "Un atelier pratique pour apprendre à douter d’une image.",
					"jeu-atelier", List.of("information-et-desinformation"), List.of("tout-public", "seniors"), 60,
					"intermediaire", "CC-BY-SA-4.0", "atelier-images-generees.md", """
							# Atelier : repérer une image générée

							1. Montrez dix images, dont la moitié générées par IA.
							2. Par deux, les participants votent « vraie » ou « générée ».
							3. Révélez les réponses et cherchez les indices : mains, textes, reflets, ombres.
							4. Concluez : aucun indice n’est sûr, la source compte plus que l’image.
							"""),
			new Demo("Guide : l’IA et mes données personnelles",
					"Ce que deviennent vos données quand vous utilisez un service d’IA.", "guide",
					List.of("vie-privee-et-donnees"), List.of("tout-public", "personnes-eloignees-du-numerique"), null,
					"decouverte", "etalab-2.0", "ia-et-donnees.md",
					"""
							# L’IA et mes données personnelles

							- Ne confiez pas à un assistant ce que vous ne diriez pas à un inconnu.
							- Regardez les réglages : on peut souvent refuser que ses conversations servent à l’entraînement.
							- Vous avez des droits (accès, rectification, effacement) : le RGPD s’applique aussi aux services d’IA.
							"""),
			new Demo("IA et environnement : fiche repères",
					"Les ordres de grandeur pour débattre de l’empreinte de l’IA.", "fiche-pedagogique",
					List.of("environnement"), List.of("tout-public"), 20, "approfondi", "CC-BY-4.0",
					"ia-et-environnement.txt", """
							IA et environnement : repères

							Entraîner un grand modèle demande des milliers de processeurs pendant des semaines.
							Chaque requête consomme aussi de l'énergie, bien plus qu'une recherche classique.
							Les centres de données utilisent de l'eau pour leur refroidissement.

							Question pour le débat : pour quels usages cela vaut-il la peine ?
							"""),
			new Demo("Café IA pour les élus et agents publics",
					"Un format court pour aborder l’IA dans le service public.", "kit-animation",
					List.of("democratie-et-citoyennete"), List.of("elus-et-agents-publics"), 60, "intermediaire",
					"CC-BY-NC-4.0", "cafe-ia-service-public.md", """
							# Café IA pour les élus et agents publics

							- Ouverture : un exemple d’usage de l’IA dans une collectivité.
							- Débat : transparence, égalité devant le service public, place de l’humain.
							- Conclusion : trois questions à se poser avant d’adopter un outil d’IA.
							"""),
			new Demo("Lexique de l’IA en mots simples",
					"Trente mots de l’intelligence artificielle expliqués sans jargon.", "fiche-pedagogique",
					List.of("ia-au-quotidien"), List.of("personnes-eloignees-du-numerique", "seniors"), null,
					"decouverte", "CC0-1.0", "lexique-ia.md", """
							# Lexique de l’IA en mots simples

							- **Algorithme** : une recette, une suite d’instructions.
							- **Données** : les informations dont la machine se sert pour apprendre.
							- **Modèle** : ce que la machine a retenu de ses données.
							- **Biais** : une erreur qui se répète, souvent héritée des données.
							- **IA générative** : une IA qui produit du texte, des images ou du son.
							"""),
			new Demo("IA et santé : débat mouvant", "Un débat où l’on se déplace dans la salle selon son avis.",
					"jeu-atelier", List.of("ia-et-sante"), List.of("tout-public"), 45, "decouverte", "CC-BY-NC-4.0",
					"debat-mouvant-sante.md", """
							# IA et santé : débat mouvant

							Tracez une ligne au sol : d’un côté « d’accord », de l’autre « pas d’accord ».

							- « Je ferais confiance à une IA pour lire ma radio. »
							- « Mon médecin devrait me dire quand il utilise une IA. »
							- « Mes données de santé peuvent servir à entraîner des IA. »

							Après chaque affirmation, donnez la parole à une personne de chaque côté.
							"""));

	private final AccountAdministration accounts;

	private final LibraryStore store;

	private final FileStore files;

	private final TransactionTemplate transactions;

	DemoResources(AccountAdministration accounts, LibraryStore store, FileStore files,
			TransactionTemplate transactions) {
		this.accounts = accounts;
		this.store = store;
		this.files = files;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		int created = seed(DEMO_FACILITATOR);
		if (created > 0) {
			log.info("Demo resources created: {}", created);
		}
	}

	/**
	 * Publishes the demo resources in the name of a facilitator, unless they already
	 * share resources.
	 * @param email the facilitator's address
	 * @return how many resources were created
	 */
	int seed(String email) {
		Optional<Long> facilitator = this.accounts
			.search(new AccountQuery(email, Role.FACILITATOR, null), PageRequest.of(0, 5))
			.stream()
			.filter((account) -> email.equalsIgnoreCase(account.email()))
			.map(AccountOverview::id)
			.findFirst();
		if (facilitator.isEmpty()) {
			log.info("No demo facilitator {}: no demo resources", email);
			return 0;
		}
		long author = facilitator.get();
		if (!this.store.byAuthor(author).isEmpty()) {
			return 0;
		}
		this.transactions.executeWithoutResult((status) -> RESOURCES.forEach((demo) -> create(demo, author)));
		return RESOURCES.size();
	}

	private void create(Demo demo, long author) {
		// the file's text doubles as the description, so that it reads on the page and is
		// searched
		String description = demo.fileName().endsWith(".md") ? demo.content() : null;
		LibraryItem item = new LibraryItem(0, demo.title(), demo.summary(), description, demo.kind(), demo.themes(),
				demo.audiences(), demo.minutes(), demo.level(), "fr", AUTHORS, ORGANISATION, null, demo.licence(), null,
				null, false, null, null, author, 0, null, 0);
		long id = this.store.insert(item, author);
		byte[] content = demo.content().getBytes(StandardCharsets.UTF_8);
		StoredFile stored;
		try {
			stored = this.files.store(new ByteArrayInputStream(content), content.length);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ItemVersion version = this.store.addVersion(id, null);
		String type = demo.fileName().endsWith(".md") ? "text/markdown;charset=UTF-8" : "text/plain;charset=UTF-8";
		this.store.addFile(version.id(), stored, demo.fileName(), type);
		this.store.publish(id);
	}

}
