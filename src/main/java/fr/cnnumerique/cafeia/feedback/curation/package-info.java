/**
 * What the curation of free texts shares between report items ({@code report}) and
 * participants' comments ({@code participant}): the statuses, the list filters common to
 * both pages (flagged or not, status, page), the safe way back to a filtered list, and
 * the audit of staff edits and decisions. Internal to the feedback module.
 */
package fr.cnnumerique.cafeia.feedback.curation;
