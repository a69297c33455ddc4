package fr.cnnumerique.cafeia.territory;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The régions and départements, for territory choices and the labels of figures.
 */
@Service
public class Territories {

	private final JdbcClient jdbc;

	Territories(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every région.
	 * @return régions by code
	 */
	@Transactional(readOnly = true)
	public List<Area> regions() {
		return this.jdbc.sql("SELECT code, name, NULL AS region_code FROM region ORDER BY code")
			.query((rs, row) -> new Area(rs.getString("code"), rs.getString("name"), null))
			.list();
	}

	/**
	 * Every département.
	 * @return départements by code, each with its région code
	 */
	@Transactional(readOnly = true)
	public List<Area> departements() {
		return this.jdbc.sql("SELECT code, name, region_code FROM departement ORDER BY code")
			.query((rs, row) -> new Area(rs.getString("code"), rs.getString("name"), rs.getString("region_code")))
			.list();
	}

	/**
	 * A région or a département.
	 *
	 * @param code official code ({@code 53}, {@code 2A}, {@code 971})
	 * @param name official name
	 * @param regionCode the région of a département, {@code null} for a région
	 */
	public record Area(String code, String name, String regionCode) {

	}

}
