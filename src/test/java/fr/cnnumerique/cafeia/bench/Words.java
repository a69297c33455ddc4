package fr.cnnumerique.cafeia.bench;

import java.util.List;

/**
 * The French words the synthetic dataset is made of. Codes of the taxonomies are those of
 * migration V10.
 */
final class Words {

	static final List<String> THEMES = List.of("ia-et-travail", "ia-et-education", "ia-et-sante", "creation-et-culture",
			"information-et-desinformation", "environnement", "vie-privee-et-donnees", "democratie-et-citoyennete",
			"ia-au-quotidien", "ia-generative");

	static final List<String> AUDIENCES = List.of("tout-public", "jeunes", "seniors", "parents", "professionnels",
			"elus-et-agents-publics", "personnes-eloignees-du-numerique");

	static final List<String> FIRST_NAMES = List.of("Camille", "Dominique", "Claude", "Alex", "Sacha", "Léa", "Hugo",
			"Inès", "Yanis", "Manon", "Nathalie", "Karim", "Sophie", "Thomas", "Aïcha", "Lucas", "Chloé", "Mathis",
			"Émilie", "Nicolas", "Fatou", "Julien", "Maëlle", "Youssef", "Anne", "Pierre", "Louise", "Gabriel", "Zoé",
			"Rémi");

	static final List<String> LAST_NAMES = List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard",
			"Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David",
			"Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier", "Le Gall", "Nguyen",
			"Benali", "Hoarau", "Rivière", "Payet");

	static final List<String> ORGANISATIONS = List.of("Médiathèque municipale", "Tiers-lieu", "Maison France Services",
			"Centre social", "Association d'éducation populaire", "Espace public numérique", "Fab lab",
			"Maison de quartier", "Bibliothèque universitaire", "Conseil départemental");

	static final List<String> VENUE_TYPES = List.of("mediatheque", "tiers-lieu", "cafe-bar", "association",
			"etablissement-scolaire", "mairie", "entreprise", "autre");

	static final List<String> VENUE_PREFIXES = List.of("Médiathèque", "Bibliothèque", "Tiers-lieu", "Café",
			"Maison des associations de", "Espace numérique de", "Mairie de", "Centre social de", "Fab lab de",
			"Maison de quartier de");

	static final List<String> STREETS = List.of("rue de la République", "place de la Mairie", "avenue Jean-Jaurès",
			"rue Victor-Hugo", "boulevard Pasteur", "rue des Écoles", "place du Marché", "rue de la Gare",
			"allée des Tilleuls", "chemin du Moulin");

	static final List<String> CAFE_TITLES = List.of("L’IA au quotidien : parlons-en", "ChatGPT, comment ça marche ?",
			"IA et emploi : menace ou opportunité ?", "Démêler le vrai du faux à l’ère de l’IA",
			"L’IA à l’école : ce qui change pour nos enfants", "Les images générées par IA : savoir les repérer",
			"IA et santé : ce que l’on sait vraiment", "Mes données et l’IA : qui décide ?",
			"Écrire avec une IA : atelier pratique", "L’IA et l’environnement : quel coût ?",
			"Seniors et IA : premiers pas sans crainte", "IA et création artistique : débat ouvert",
			"L’IA dans les services publics", "Voix de synthèse et hypertrucages : décryptage",
			"Les algorithmes de recommandation nous influencent-ils ?", "IA et agriculture : regards croisés",
			"Éthique et IA : qui est responsable ?", "Parents, enfants et assistants conversationnels");

	static final List<String> CAFE_SUMMARIES = List.of(
			"Un moment convivial pour poser toutes vos questions sur l’intelligence artificielle, sans prérequis.",
			"Échanges libres autour d’un café : partagez vos usages, vos doutes et vos idées sur l’IA.",
			"Une découverte pas à pas des outils d’IA générative, avec des exemples concrets et des essais sur place.",
			"Un débat animé pour comprendre les enjeux de l’IA dans notre vie de tous les jours.",
			"Venez tester, questionner et débattre : l’IA expliquée simplement, entre voisins.");

	static final String CAFE_DESCRIPTION = """
			## Déroulé

			- accueil et tour de table ;
			- démonstration courte d’un outil ;
			- discussion libre, vos questions d’abord.

			Aucune connaissance technique n’est nécessaire. Boissons offertes.""";

	static final List<String> RESOURCE_KINDS = List.of("kit-animation", "fiche-pedagogique", "presentation", "video",
			"jeu-atelier", "guide", "article", "autre");

	static final List<String> RESOURCE_TITLES = List.of("Kit d’animation : l’IA en dix questions",
			"Fiche pédagogique : repérer une image générée", "Présentation : comment apprend une machine ?",
			"Jeu d’atelier : vrai ou faux ?", "Guide de l’animateur : préparer son café IA",
			"Article : l’IA et l’emploi en France", "Vidéo : les données derrière les modèles",
			"Fiche : éthique et intelligence artificielle", "Atelier : écrire un bon prompt",
			"Kit : l’IA et la désinformation", "Guide : protéger sa vie privée face à l’IA",
			"Jeu : les métiers de demain");

	static final List<String> RESOURCE_SUMMARIES = List.of(
			"Une ressource libre pour animer un échange d’une heure sur l’intelligence artificielle.",
			"Des activités prêtes à l’emploi, testées dans des cafés IA, pour tous les publics.",
			"Un support simple et illustré pour expliquer les notions clés sans jargon.",
			"Tout pour préparer, animer et conclure un atelier pratique sur l’IA générative.");

	static final List<String> LEVELS = List.of("decouverte", "intermediaire", "approfondi");

	static final List<String> LICENCES = List.of("CC-BY-NC-4.0", "CC-BY-NC-4.0", "CC-BY-NC-4.0", "CC-BY-4.0",
			"CC-BY-SA-4.0", "CC0-1.0", "etalab-2.0");

	private Words() {
	}

}
