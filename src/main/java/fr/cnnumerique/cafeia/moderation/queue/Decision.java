package fr.cnnumerique.cafeia.moderation.queue;

/**
 * What a moderator decides about a submitted piece of content.
 */
enum Decision {

	APPROVE("moderation.approve", "approved"),

	REQUEST_CHANGES("moderation.request-changes", "changes-requested"),

	REJECT("moderation.reject", "rejected");

	private final String auditAction;

	private final String mailTemplate;

	Decision(String auditAction, String mailTemplate) {
		this.auditAction = auditAction;
		this.mailTemplate = mailTemplate;
	}

	String auditAction() {
		return this.auditAction;
	}

	String mailTemplate() {
		return this.mailTemplate;
	}

	boolean needsReason() {
		return this != APPROVE;
	}

}
