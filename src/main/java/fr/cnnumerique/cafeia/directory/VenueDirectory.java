package fr.cnnumerique.cafeia.directory;

import java.util.List;
import java.util.Optional;

import fr.cnnumerique.cafeia.directory.venue.VenueQueries;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Venues for other modules, such as cafés held at a venue: published venues only, except
 * for {@link #managedBy}, which lists a facilitator's own venues whatever their
 * moderation state.
 */
@Service
public class VenueDirectory {

	private final VenueQueries queries;

	VenueDirectory(VenueQueries queries) {
		this.queries = queries;
	}

	/**
	 * A venue as the public sees it.
	 * @param id the venue id
	 * @return the last approved version, empty if the venue does not exist, is not
	 * published or has only suspended managers
	 */
	@Transactional(readOnly = true)
	public Optional<VenueSummary> findPublished(long id) {
		return this.queries.findPublished(id);
	}

	/**
	 * A venue as the public sees it, with its accessibility, in one statement.
	 * @param id the venue id
	 * @return the last approved version, empty in the same cases as
	 * {@link #findPublished(long)}
	 */
	@Transactional(readOnly = true)
	public Optional<VenueDetails> findPublishedDetails(long id) {
		return this.queries.findPublishedDetails(id);
	}

	/**
	 * The venues an account manages (as creator or co-manager), drafts included, by name.
	 * @param accountId the account id
	 * @return the venues as their managers last saved them, possibly empty
	 */
	@Transactional(readOnly = true)
	public List<VenueSummary> managedBy(long accountId) {
		return this.queries.managedBy(accountId);
	}

	/**
	 * Published venues ready to host cafés IA around a point, nearest first.
	 * @param latitude WGS 84 latitude of the point, in degrees
	 * @param longitude WGS 84 longitude of the point, in degrees
	 * @param km radius in kilometres, at least 1
	 * @param limit maximum number of venues, at least 1
	 * @return venues with their {@link VenueSummary#distanceKm() distance}, possibly
	 * empty
	 */
	@Transactional(readOnly = true)
	public List<VenueSummary> readyToHostNear(double latitude, double longitude, int km, int limit) {
		if (km < 1 || limit < 1) {
			throw new IllegalArgumentException("km and limit must be at least 1");
		}
		return this.queries.readyToHostNear(latitude, longitude, km, limit);
	}

}
