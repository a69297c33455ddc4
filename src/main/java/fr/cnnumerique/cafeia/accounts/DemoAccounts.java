package fr.cnnumerique.cafeia.accounts;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import fr.cnnumerique.cafeia.shared.ConditionalOnEmbeddedDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One verified account per role for trying the portal on the embedded database. Their
 * random passwords are logged once, when the accounts are created; later starts only say
 * that they exist. Never registered against an external database. The demo moderator and
 * administrator start without a second factor, like any new staff account: their first
 * login leads to the enrolment page (any authenticator app, or a TOTP tool fed the secret
 * shown as text).
 */
@Component
@ConditionalOnEmbeddedDatabase
@Order(2)
class DemoAccounts implements ApplicationRunner {

	static final List<Demo> ACCOUNTS = List.of(
			new Demo("animatrice@demo.cafeia.fr", "Camille Animatrice", Role.FACILITATOR),
			new Demo("moderateur@demo.cafeia.fr", "Dominique Modérateur", Role.MODERATOR),
			new Demo("admin@demo.cafeia.fr", "Alex Administratrice", Role.ADMIN));

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private static final SecureRandom random = new SecureRandom();

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final TransactionTemplate transactions;

	DemoAccounts(AccountRepository accounts, PasswordEncoder passwordEncoder, TransactionTemplate transactions) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> created = new ArrayList<>();
		this.transactions.executeWithoutResult((status) -> {
			for (Demo demo : ACCOUNTS) {
				if (this.accounts.findByEmail(demo.email()).isEmpty()) {
					String password = newPassword();
					Account account = new Account(demo.name(), demo.email(), this.passwordEncoder.encode(password),
							"fr");
					account.verifyEmail();
					account.grant(demo.role());
					this.accounts.save(account);
					created.add(demo.email() + " / " + password + " (" + demo.role() + ")");
				}
			}
		});
		if (created.isEmpty()) {
			log.info("Demo accounts exist: {} (passwords were logged when they were created)",
					ACCOUNTS.stream().map(Demo::email).toList());
		}
		else {
			log.warn("Demo accounts created, passwords shown only this once:\n  {}", String.join("\n  ", created));
		}
	}

	private static String newPassword() {
		byte[] bytes = new byte[15];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	record Demo(String email, String name, Role role) {

	}

}
