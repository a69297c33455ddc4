package fr.cnnumerique.cafeia.events;

/**
 * What sort of café it is. The national online series of the programme have their own
 * kinds: "Cafés ressources" present resources, "Cafés animations" train facilitators.
 */
public enum EventKind {

	/** A café IA: a friendly conversation about artificial intelligence. */
	CAFE_IA,

	/** A national online session presenting resources. */
	CAFE_RESSOURCES,

	/** A national online session for facilitators. */
	CAFE_ANIMATIONS,

	/** Anything else related to the programme. */
	OTHER

}
