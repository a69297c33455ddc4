package fr.cnnumerique.cafeia.moderation;

/**
 * One line of the audit log: who did what to which target, and why.
 *
 * @param actorId account id of the staff member, {@code null} for the system
 * @param actorName display name of the actor at the time of the action
 * @param action stable code of the action, such as {@code moderation.approve} or
 * {@code account.suspend}
 * @param targetType kind of target, such as {@code account}, {@code event}, {@code theme}
 * @param targetId identifier of the target within its kind
 * @param targetLabel human-readable name of the target at the time of the action
 * @param reason why, as typed or chosen by the actor; may be {@code null}
 */
public record AuditEntry(Long actorId, String actorName, String action, String targetType, String targetId,
		String targetLabel, String reason) {

	public AuditEntry {
		if (action == null || action.isBlank()) {
			throw new IllegalArgumentException("An audit entry needs an action");
		}
		if (targetType == null || targetType.isBlank()) {
			throw new IllegalArgumentException("An audit entry needs a target type");
		}
	}

}
