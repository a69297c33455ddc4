package fr.cnnumerique.cafeia.events;

/**
 * How people join a café.
 */
public enum EventFormat {

	/** At a directory venue. */
	IN_PERSON,

	/** Online, with a link to join. */
	ONLINE,

	/** At a venue, and online with a link. */
	HYBRID;

	/**
	 * Whether the café takes place at a venue.
	 * @return {@code true} for in-person and hybrid cafés
	 */
	public boolean atVenue() {
		return this != ONLINE;
	}

	/**
	 * Whether people can join online.
	 * @return {@code true} for online and hybrid cafés
	 */
	public boolean online() {
		return this != IN_PERSON;
	}

}
