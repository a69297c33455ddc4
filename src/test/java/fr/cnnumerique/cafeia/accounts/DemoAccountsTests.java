package fr.cnnumerique.cafeia.accounts;

import org.junit.jupiter.api.Test;

import fr.cnnumerique.cafeia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DemoAccountsTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void demoAccountsAreNeverCreatedAgainstAnExternalDatabase() {
		assertThat(this.context.getEnvironment().getProperty("spring.datasource.url")).isNotBlank();
		assertThat(this.context.getBeansOfType(DemoAccounts.class)).isEmpty();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM account WHERE email LIKE '%@demo.cafeia.fr'",
				Integer.class))
			.isZero();
	}

}
