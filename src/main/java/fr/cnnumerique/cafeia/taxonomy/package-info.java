/**
 * Taxonomy: the controlled vocabularies content is tagged with (themes, audiences,
 * formats) and their administration pages under {@code /admin/thematiques}.
 * <p>
 * API for other modules:
 * <ul>
 * <li>{@link fr.cnnumerique.cafeia.taxonomy.Taxonomies} lists the terms to offer in forms
 * and filters, resolves stored codes for display and tells which chosen codes content may
 * not use;</li>
 * <li>{@link fr.cnnumerique.cafeia.taxonomy.Term} is one term, read-only;
 * {@link fr.cnnumerique.cafeia.taxonomy.Vocabulary} names the three vocabularies.</li>
 * </ul>
 * <p>
 * Rules worth knowing: content stores a term's {@linkplain Term#code() code}, which never
 * changes once created (renaming changes only the labels). Terms are never deleted: a
 * retired term is no longer offered for new content but still resolves by code and id, so
 * nothing tagged with it breaks, and it may be reactivated. Two active terms of a
 * vocabulary never share a label (compared without case and accents). Every change is
 * written to the moderation {@code AuditLog} in the same transaction, under the action
 * codes {@code <vocabulary>.create}, {@code .rename}, {@code .move}, {@code .retire} and
 * {@code .reactivate}, where the vocabulary is {@code theme}, {@code audience} or
 * {@code format}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Taxonomy",
		allowedDependencies = { "shared", "moderation", "accounts" })
package fr.cnnumerique.cafeia.taxonomy;
