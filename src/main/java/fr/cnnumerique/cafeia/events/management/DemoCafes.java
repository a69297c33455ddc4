package fr.cnnumerique.cafeia.events.management;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import fr.cnnumerique.cafeia.accounts.AccountAdministration;
import fr.cnnumerique.cafeia.accounts.AccountOverview;
import fr.cnnumerique.cafeia.accounts.AccountQuery;
import fr.cnnumerique.cafeia.accounts.Role;
import fr.cnnumerique.cafeia.directory.VenueDirectory;
import fr.cnnumerique.cafeia.directory.VenueSummary;
import fr.cnnumerique.cafeia.events.EventFormat;
import fr.cnnumerique.cafeia.events.EventKind;
import fr.cnnumerique.cafeia.events.EventStatus;
import fr.cnnumerique.cafeia.events.RegistrationMode;
import fr.cnnumerique.cafeia.shared.ConditionalOnEmbeddedDatabase;
import fr.cnnumerique.cafeia.shared.Slugs;
import fr.cnnumerique.cafeia.taxonomy.Taxonomies;
import fr.cnnumerique.cafeia.taxonomy.Term;
import fr.cnnumerique.cafeia.taxonomy.Vocabulary;
import fr.cnnumerique.cafeia.territory.Place;
import fr.cnnumerique.cafeia.territory.PlaceFinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo cafés on the embedded database, after the demo venues: a few hundred published
 * cafés over the coming months at the demo facilitator's venues, some in monthly or
 * weekly series, some online or hybrid, a few cancelled, a few drafts; and the two
 * national online series of the programme, run by the demo moderator. Created once:
 * nothing happens when the demo facilitator already organises cafés. Rows are written in
 * JDBC batches, without moderation (like the demo venues), so startup stays fast.
 */
@Component
@ConditionalOnEmbeddedDatabase
@Order(20)
class DemoCafes implements ApplicationRunner {

	static final String DEMO_FACILITATOR = "animatrice@demo.cafeia.fr";

	static final String DEMO_MODERATOR = "moderateur@demo.cafeia.fr";

	private static final Logger log = LoggerFactory.getLogger(DemoCafes.class);

	private static final int SINGLE_CAFES_PER_VENUE = 8;

	private static final int DAYS_AHEAD = 180;

	private static final int NATIONAL_SESSIONS = 26;

	private static final String INSERT = """
			INSERT INTO event (series_id, series_position, kind, title, summary, description, published_title,
			    published_summary, published_description, slug, format, venue_id, venue_name, street, postal_code,
			    insee_code, commune_name, departement_code, region_code, latitude, longitude, online_url, starts_at,
			    ends_at, time_zone, capacity, registration, registration_url, themes, audiences, organiser_id, status,
			    moderation_state, cancellation_message, cancelled_at, sequence)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
			    string_to_array(?, ','), string_to_array(?, ','), ?, ?, ?, ?, ?, ?)
			""";

	private static final List<String> TITLES = List.of("L’IA au quotidien : parlons-en", "ChatGPT, comment ça marche ?",
			"IA et emploi : menace ou opportunité ?", "Démêler le vrai du faux à l’ère de l’IA",
			"L’IA à l’école : ce qui change pour nos enfants", "Les images générées par IA : savoir les repérer",
			"IA et santé : ce que l’on sait vraiment", "Mes données et l’IA : qui décide ?",
			"Écrire avec une IA : atelier pratique", "L’IA et l’environnement : quel coût ?",
			"Seniors et IA : premiers pas sans crainte", "IA et création artistique : débat ouvert",
			"L’IA dans les services publics", "Voix de synthèse et hypertrucages : décryptage",
			"Les algorithmes de recommandation, comment nous influencent-ils ?", "IA et agriculture : regards croisés");

	private static final List<String> SUMMARIES = List.of(
			"Un moment convivial pour poser toutes vos questions sur l’intelligence artificielle, sans prérequis.",
			"Échanges libres autour d’un café : partagez vos usages, vos doutes et vos idées sur l’IA.",
			"Une découverte pas à pas des outils d’IA générative, avec des exemples concrets et des essais sur place.",
			"Un débat animé pour comprendre les enjeux de l’IA dans notre vie de tous les jours.",
			"Venez tester, questionner et débattre : l’IA expliquée simplement, entre voisins.");

	private static final String DESCRIPTION = """
			## Déroulé

			- accueil et tour de table ;
			- démonstration courte d’un outil ;
			- discussion libre, vos questions d’abord.

			Aucune connaissance technique n’est nécessaire. Boissons offertes.""";

	private static final List<LocalTime> STARTS = List.of(LocalTime.of(10, 0), LocalTime.of(14, 30),
			LocalTime.of(18, 0), LocalTime.of(18, 30), LocalTime.of(19, 0));

	private final AccountAdministration accounts;

	private final VenueDirectory venues;

	private final PlaceFinder places;

	private final Taxonomies taxonomies;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	DemoCafes(AccountAdministration accounts, VenueDirectory venues, PlaceFinder places, Taxonomies taxonomies,
			JdbcTemplate jdbc, TransactionTemplate transactions) {
		this.accounts = accounts;
		this.venues = venues;
		this.places = places;
		this.taxonomies = taxonomies;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<Long> facilitator = account(DEMO_FACILITATOR, Role.FACILITATOR);
		if (facilitator.isEmpty()) {
			log.info("No demo facilitator {}: no demo cafés", DEMO_FACILITATOR);
			return;
		}
		long national = account(DEMO_MODERATOR, Role.MODERATOR).orElse(facilitator.get());
		int created = seed(facilitator.get(), national);
		if (created > 0) {
			log.info("Demo cafés created: {}", created);
		}
	}

	/**
	 * Creates the demo cafés at the organiser's published venues, unless the organiser
	 * already has cafés.
	 * @param organiser the account organising the local cafés
	 * @param national the account organising the national online series
	 * @return the number of cafés created
	 */
	int seed(long organiser, long national) {
		Integer existing = this.jdbc.queryForObject("SELECT count(*) FROM event WHERE organiser_id = ?", Integer.class,
				organiser);
		if (existing != null && existing > 0) {
			return 0;
		}
		List<Venue> venues = new ArrayList<>();
		for (VenueSummary venue : this.venues.managedBy(organiser)) {
			this.venues.findPublished(venue.id()).ifPresent((published) -> {
				Optional<Place> commune = this.places.byInseeCode(published.inseeCode());
				commune.ifPresent((place) -> venues.add(new Venue(published, place)));
			});
		}
		List<String> themes = this.taxonomies.active(Vocabulary.THEME).stream().map(Term::code).toList();
		List<String> audiences = this.taxonomies.active(Vocabulary.AUDIENCE).stream().map(Term::code).toList();
		Integer created = this.transactions.execute((status) -> {
			Generator generator = new Generator(new Random(2026), themes, audiences);
			List<Object[]> rows = new ArrayList<>();
			generator.venueCafes(venues, organiser, rows);
			generator.onlineCafes(organiser, rows);
			nationalSeries(EventKind.CAFE_RESSOURCES, DayOfWeek.WEDNESDAY, national, generator, rows);
			nationalSeries(EventKind.CAFE_ANIMATIONS, DayOfWeek.THURSDAY, national, generator, rows);
			seriesFor(venues, organiser, generator, rows);
			this.jdbc.batchUpdate(INSERT, rows);
			return rows.size();
		});
		return (created != null) ? created : 0;
	}

	private Optional<Long> account(String email, Role role) {
		return this.accounts.search(new AccountQuery(email, role, null), PageRequest.of(0, 5))
			.stream()
			.filter((account) -> email.equalsIgnoreCase(account.email()))
			.map(AccountOverview::id)
			.findFirst();
	}

	private void nationalSeries(EventKind kind, DayOfWeek day, long organiser, Generator generator,
			List<Object[]> rows) {
		LocalDate first = LocalDate.now(EventZones.PARIS).plusDays(1).with(TemporalAdjusters.nextOrSame(day));
		Recurrence rule = new Recurrence(Frequency.WEEKLY, first, null, NATIONAL_SESSIONS, LocalTime.of(13, 30),
				LocalTime.of(15, 0), EventZones.PARIS);
		long seriesId = insertSeries(rule, organiser);
		boolean resources = kind == EventKind.CAFE_RESSOURCES;
		String title = resources ? "Café ressources : les outils du mois" : "Café animations : préparer son café IA";
		String summary = resources
				? "Chaque mercredi, l’équipe nationale présente en ligne des ressources libres pour animer un café IA."
				: "Chaque jeudi, un temps d’échange en ligne entre animateurs et animatrices : méthodes, retours, "
						+ "questions.";
		for (Recurrence.Occurrence occurrence : rule.occurrences()) {
			rows.add(generator.row(seriesId, occurrence.position(), kind, title, summary, null, null,
					"https://visio.cafeia.example/" + (resources ? "ressources" : "animations"), occurrence.date(),
					rule.startTime(), rule.endTime(), EventZones.PARIS, EventStatus.PUBLISHED, organiser,
					RegistrationMode.NONE));
		}
	}

	/** Every third venue holds a monthly or weekly series. */
	private void seriesFor(List<Venue> venues, long organiser, Generator generator, List<Object[]> rows) {
		for (int i = 0; i < venues.size(); i += 3) {
			Venue venue = venues.get(i);
			ZoneId zone = EventZones.of(venue.place().departementCode());
			boolean monthly = (i % 2) == 0;
			LocalDate first = LocalDate.now(zone).plusDays(3 + i);
			Recurrence rule = new Recurrence(monthly ? Frequency.MONTHLY : Frequency.WEEKLY, first, null,
					monthly ? 6 : 8, LocalTime.of(18, 30), LocalTime.of(20, 0), zone);
			long seriesId = insertSeries(rule, organiser);
			String title = (monthly ? "Le café IA du mois à " : "Les rendez-vous IA de la semaine à ")
					+ venue.summary().communeName();
			for (Recurrence.Occurrence occurrence : rule.occurrences()) {
				rows.add(generator.row(seriesId, occurrence.position(), EventKind.CAFE_IA, title,
						SUMMARIES.get(i % SUMMARIES.size()), DESCRIPTION, venue, null, occurrence.date(),
						rule.startTime(), rule.endTime(), zone, EventStatus.PUBLISHED, organiser,
						RegistrationMode.PORTAL));
			}
		}
	}

	private long insertSeries(Recurrence rule, long organiser) {
		Long id = this.jdbc.queryForObject("""
				INSERT INTO event_series (frequency, first_date, until_date, occurrence_count, start_time, end_time,
				    time_zone, organiser_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
				""", Long.class, rule.frequency().name(), rule.firstDate(), rule.until(), rule.count(),
				rule.startTime(), rule.endTime(), rule.zone().getId(), organiser);
		return (id != null) ? id : 0;
	}

	record Venue(VenueSummary summary, Place place) {
	}

	/**
	 * Builds the rows with a seeded random source, so every demo database looks alike.
	 */
	private static final class Generator {

		private final Random random;

		private final List<String> themes;

		private final List<String> audiences;

		Generator(Random random, List<String> themes, List<String> audiences) {
			this.random = random;
			this.themes = themes;
			this.audiences = audiences;
		}

		void venueCafes(List<Venue> venues, long organiser, List<Object[]> rows) {
			for (Venue venue : venues) {
				ZoneId zone = EventZones.of(venue.place().departementCode());
				for (int i = 0; i < SINGLE_CAFES_PER_VENUE; i++) {
					LocalDate date = LocalDate.now(zone).plusDays(1 + this.random.nextInt(DAYS_AHEAD));
					LocalTime start = STARTS.get(this.random.nextInt(STARTS.size()));
					String title = TITLES.get(this.random.nextInt(TITLES.size()));
					boolean hybrid = this.random.nextInt(10) == 0;
					rows.add(row(null, null, EventKind.CAFE_IA, title,
							SUMMARIES.get(this.random.nextInt(SUMMARIES.size())), DESCRIPTION, venue,
							hybrid ? "https://visio.cafeia.example/" + Slugs.of(title, 40, "cafe") : null, date, start,
							start.plusMinutes(90), zone, status(), organiser,
							this.random.nextBoolean() ? RegistrationMode.PORTAL : RegistrationMode.NONE));
				}
			}
		}

		void onlineCafes(long organiser, List<Object[]> rows) {
			for (int i = 0; i < 20; i++) {
				LocalDate date = LocalDate.now(EventZones.PARIS).plusDays(1 + this.random.nextInt(DAYS_AHEAD));
				String title = TITLES.get(this.random.nextInt(TITLES.size())) + " (en ligne)";
				rows.add(row(null, null, EventKind.CAFE_IA, title, SUMMARIES.get(i % SUMMARIES.size()), DESCRIPTION,
						null, "https://visio.cafeia.example/cafe-" + i, date, LocalTime.of(18, 0), LocalTime.of(19, 30),
						EventZones.PARIS, status(), organiser, RegistrationMode.PORTAL));
			}
		}

		/**
		 * Mostly published; one in 30 cancelled, one in 30 a draft never submitted (a
		 * submitted one would need its moderation queue item).
		 */
		private EventStatus status() {
			int draw = this.random.nextInt(30);
			return (draw == 0) ? EventStatus.CANCELLED : (draw == 1) ? EventStatus.DRAFT : EventStatus.PUBLISHED;
		}

		Object[] row(Long seriesId, Integer position, EventKind kind, String title, String summary, String description,
				Venue venue, String onlineUrl, LocalDate date, LocalTime start, LocalTime end, ZoneId zone,
				EventStatus status, long organiser, RegistrationMode registration) {
			boolean isPublic = status.isPublic();
			EventFormat format = (venue == null) ? EventFormat.ONLINE
					: (onlineUrl != null) ? EventFormat.HYBRID : EventFormat.IN_PERSON;
			VenueSummary place = (venue != null) ? venue.summary() : null;
			String moderation = isPublic ? "APPROVED" : "NONE";
			Integer capacity = (registration == RegistrationMode.PORTAL) ? 15 + this.random.nextInt(4) * 5 : null;
			return new Object[] { seriesId, position, kind.name(), title, summary, description, isPublic ? title : null,
					isPublic ? summary : null, isPublic ? description : null, Slugs.of(title, 80, "cafe-ia"),
					format.name(), (place != null) ? place.id() : null, (place != null) ? place.name() : null,
					(place != null) ? place.street() : null, (place != null) ? place.postalCode() : null,
					(place != null) ? place.inseeCode() : null, (place != null) ? place.communeName() : null,
					(venue != null) ? venue.place().departementCode() : null,
					(venue != null) ? venue.place().regionCode() : null, (place != null) ? place.latitude() : null,
					(place != null) ? place.longitude() : null, onlineUrl,
					Timestamp.from(date.atTime(start).atZone(zone).toInstant()),
					Timestamp.from(date.atTime(end).atZone(zone).toInstant()), zone.getId(), capacity,
					registration.name(), null, pick(this.themes, 2), pick(this.audiences, 1), organiser, status.name(),
					moderation,
					(status == EventStatus.CANCELLED) ? "Le café est annulé : l’animatrice est indisponible." : null,
					(status == EventStatus.CANCELLED) ? Timestamp.from(java.time.Instant.now()) : null,
					(status == EventStatus.CANCELLED) ? 1 : 0 };
		}

		private String pick(List<String> codes, int most) {
			if (codes.isEmpty()) {
				return "";
			}
			List<String> chosen = new ArrayList<>();
			int wanted = 1 + this.random.nextInt(most);
			while (chosen.size() < Math.min(wanted, codes.size())) {
				String code = codes.get(this.random.nextInt(codes.size()));
				if (!chosen.contains(code)) {
					chosen.add(code);
				}
			}
			return String.join(",", chosen);
		}

	}

}
