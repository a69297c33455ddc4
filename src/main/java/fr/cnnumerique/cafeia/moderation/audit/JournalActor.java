package fr.cnnumerique.cafeia.moderation.audit;

/**
 * Someone who appears in the journal, under the latest name recorded for them.
 */
record JournalActor(long id, String name) {

}
