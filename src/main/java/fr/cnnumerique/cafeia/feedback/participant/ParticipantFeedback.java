package fr.cnnumerique.cafeia.feedback.participant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.cnnumerique.cafeia.events.EventCalendar;
import fr.cnnumerique.cafeia.events.EventStatus;
import fr.cnnumerique.cafeia.events.EventSummary;
import fr.cnnumerique.cafeia.feedback.report.PersonalDataDetector;
import fr.cnnumerique.cafeia.taxonomy.Taxonomies;
import fr.cnnumerique.cafeia.taxonomy.Term;
import fr.cnnumerique.cafeia.taxonomy.Vocabulary;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participant feedback: the café behind a link, when its form is open, storing answers,
 * and the aggregates its facilitators see.
 */
@Service
class ParticipantFeedback {

	private final ParticipantAnswers answers;

	private final EventCalendar events;

	private final Taxonomies taxonomies;

	private final ParticipantFeedbackProperties properties;

	ParticipantFeedback(ParticipantAnswers answers, EventCalendar events, Taxonomies taxonomies,
			ParticipantFeedbackProperties properties) {
		this.answers = answers;
		this.events = events;
		this.taxonomies = taxonomies;
		this.properties = properties;
	}

	/**
	 * Where the form of a café stands at a given time.
	 */
	enum Window {

		/** The café has not started yet. */
		NOT_YET,

		/** Answers are taken. */
		OPEN,

		/** Too late, or the café was cancelled. */
		CLOSED

	}

	/**
	 * The café a feedback link leads to.
	 * @param token the token of the link, as typed
	 * @return the café, empty for an unknown or malformed token
	 */
	@Transactional(readOnly = true)
	Optional<EventSummary> cafeFor(String token) {
		if (token == null || !token.matches("[A-Za-z0-9_-]{10,64}")) {
			return Optional.empty();
		}
		return this.answers.eventFor(token).flatMap(this.events::find);
	}

	Window window(EventSummary event, Instant now) {
		if (event.status() == EventStatus.CANCELLED || event.status() == EventStatus.DRAFT) {
			return Window.CLOSED;
		}
		if (now.isBefore(event.startsAt().toInstant())) {
			return Window.NOT_YET;
		}
		return now.isAfter(closesAt(event)) ? Window.CLOSED : Window.OPEN;
	}

	Instant closesAt(EventSummary event) {
		return event.endsAt().toInstant().plus(this.properties.openFor());
	}

	List<Term> themes() {
		return this.taxonomies.active(Vocabulary.THEME);
	}

	/**
	 * Stores one answer. The comment, if any, waits for staff curation with the personal
	 * data found in it flagged.
	 * @param event the café, whose form is open
	 * @param form a valid answer
	 */
	@Transactional
	void submit(EventSummary event, FeedbackForm form) {
		this.answers.save(event.id(), event.startsAt().toLocalDate(), event.departementCode(), event.regionCode(),
				Integer.parseInt(form.satisfaction()), "oui".equals(form.learned()), form.themes(), form.comment(),
				PersonalDataDetector.flags(form.comment()));
	}

	/**
	 * What a facilitator sees: the link, created on the first visit, and the counts.
	 * @param eventId the café
	 * @param accountId the facilitator
	 * @param locale the language of theme labels
	 * @return the café, its token and its aggregates
	 * @throws NotYourCafeException unless the account organises or co-facilitates the
	 * café
	 */
	@Transactional
	FacilitatorView facilitatorView(long eventId, long accountId, Locale locale) {
		EventSummary event = facilitated(eventId, accountId);
		String token = this.answers.tokenFor(eventId);
		return new FacilitatorView(event, token, aggregates(eventId, locale));
	}

	/**
	 * The café and its link for the printable poster.
	 * @throws NotYourCafeException unless the account organises or co-facilitates the
	 * café
	 */
	@Transactional
	FacilitatorView poster(long eventId, long accountId) {
		EventSummary event = facilitated(eventId, accountId);
		return new FacilitatorView(event, this.answers.tokenFor(eventId), null);
	}

	private EventSummary facilitated(long eventId, long accountId) {
		return this.events.find(eventId)
			.filter((event) -> event.isFacilitatedBy(accountId))
			.orElseThrow(() -> new NotYourCafeException(eventId));
	}

	private Aggregates aggregates(long eventId, Locale locale) {
		ParticipantAnswers.Counts counts = this.answers.counts(eventId);
		long most = Collections.max(counts.levels());
		List<Aggregates.Level> levels = new ArrayList<>(5);
		for (int score = 1; score <= 5; score++) {
			long count = counts.levels().get(score - 1);
			levels.add(new Aggregates.Level(score, count, (most == 0) ? 0 : (int) Math.round(100.0 * count / most)));
		}
		Map<String, Term> terms = this.taxonomies.findAll(Vocabulary.THEME, counts.themes().keySet())
			.stream()
			.collect(Collectors.toMap(Term::code, Function.identity()));
		List<Aggregates.ThemeCount> themes = counts.themes()
			.entrySet()
			.stream()
			.map((entry) -> new Aggregates.ThemeCount(entry.getKey(),
					terms.containsKey(entry.getKey()) ? terms.get(entry.getKey()).label(locale) : entry.getKey(),
					entry.getValue()))
			.toList();
		return new Aggregates(counts.answers(), counts.average(), levels, counts.learned(), themes);
	}

	/**
	 * A café as its facilitators see its feedback.
	 *
	 * @param event the café
	 * @param token its feedback link token
	 * @param aggregates the counts, {@code null} on the poster
	 */
	record FacilitatorView(EventSummary event, String token, Aggregates aggregates) {

		String path() {
			return "/avis/" + this.token;
		}

	}

}
