package fr.cnnumerique.cafeia.registrations;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import fr.cnnumerique.cafeia.events.EventPageSection;
import fr.cnnumerique.cafeia.events.EventSummary;
import fr.cnnumerique.cafeia.events.RegistrationMode;

import org.springframework.stereotype.Component;

/**
 * On the page of a café that takes registrations on the portal: whether places are left
 * or registering now means the waiting list, and the way to the sign-up form. The form
 * has its own page: its CSRF token needs a session, and reading a café page should not
 * open one.
 */
@Component
class RegistrationSection implements EventPageSection {

	private final RegistrationDesk desk;

	RegistrationSection(RegistrationDesk desk) {
		this.desk = desk;
	}

	@Override
	public Optional<Section> sectionFor(EventSummary event) {
		if (event.registration() != RegistrationMode.PORTAL) {
			return Optional.empty();
		}
		Map<String, Object> model = new HashMap<>();
		model.put("registrationEvent", event);
		model.put("panel", this.desk.panel(event, Instant.now()));
		return Optional.of(new Section("registrations/fragments", "cafe-page", model));
	}

}
