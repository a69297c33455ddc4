package fr.cnnumerique.cafeia.shared;

/**
 * A count under a key, as a {@code GROUP BY} returns it.
 *
 * @param key the group, {@code null} for rows without one (such as cafés online by
 * région)
 * @param count how many
 */
public record Tally(String key, long count) {

}
