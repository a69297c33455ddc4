package fr.cnnumerique.cafeia.events;

import java.util.Map;
import java.util.Optional;

/**
 * A section another module adds to the page of a café, such as the sign-up form of the
 * registrations module, without the events module knowing that module. The café page adds
 * the section's model attributes to its own and inserts its fragment.
 */
public interface EventPageSection {

	/**
	 * The section for one café.
	 * @param event the café as the public sees it
	 * @return the section, empty when there is nothing to show for this café
	 */
	Optional<Section> sectionFor(EventSummary event);

	/**
	 * What to insert.
	 *
	 * @param template the template holding the fragment, such as
	 * {@code registrations/fragments}
	 * @param fragment the fragment's name; it takes no parameter and reads the model
	 * @param model attributes the fragment reads; their names must not clash with the
	 * café page's own ({@code page}, {@code sections})
	 */
	record Section(String template, String fragment, Map<String, Object> model) {

		public Section {
			model = Map.copyOf(model);
		}

	}

}
