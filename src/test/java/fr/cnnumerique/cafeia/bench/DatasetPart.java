package fr.cnnumerique.cafeia.bench;

import java.sql.SQLException;

/**
 * One module's share of the synthetic dataset. Parts run in the order of
 * {@link DataGenerator#PARTS}; a part reads what earlier parts generated from the
 * {@link Dataset} (accounts, venues, cafés) and records what later parts may need. A new
 * module (feedback, reports) adds its part to that list.
 */
interface DatasetPart {

	/** A short name, printed with the counts. */
	String name();

	/**
	 * Writes the part's rows with bulk inserts on the dataset's connection.
	 * @param dataset the shared state of this generation
	 * @throws SQLException when the database refuses a row
	 */
	void fill(Dataset dataset) throws SQLException;

}
