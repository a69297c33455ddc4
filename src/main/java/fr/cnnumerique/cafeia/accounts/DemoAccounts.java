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
 * <p>
 * Twenty demo facilitators ({@value #FACILITATOR_EMAIL_PATTERN}) give the directory some
 * content; the directory lists a public profile for each. They have no password (a null
 * hash), so nobody can log in as them.
 */
@Component
@ConditionalOnEmbeddedDatabase
@Order(2)
class DemoAccounts implements ApplicationRunner {

	static final List<Demo> ACCOUNTS = List.of(
			new Demo("animatrice@demo.cafeia.fr", "Camille Animatrice", Role.FACILITATOR),
			new Demo("moderateur@demo.cafeia.fr", "Dominique Modérateur", Role.MODERATOR),
			new Demo("admin@demo.cafeia.fr", "Alex Administratrice", Role.ADMIN));

	static final String FACILITATOR_EMAIL_PATTERN = "animateur-%02d@demo.cafeia.fr";

	static final List<String> FACILITATOR_NAMES = List.of("Yann Le Goff", "Maëlle Riou", "Thomas Guérin",
			"Fatima Benali", "Julien Lefebvre", "Claire Dubois", "Lucas Muller", "Sophie Schmitt", "Nadia Haddad",
			"Pierre Martin", "Élodie Fabre", "Mathieu Roux", "Inès Garcia", "Antoine Vidal", "Sarah Cohen",
			"Hugo Bianchi", "Marie-Ange Santoni", "Jean-Marc Célestine", "Léa Lambert", "Kévin Payet");

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
		int[] facilitators = new int[1];
		this.transactions.executeWithoutResult((status) -> {
			for (int i = 0; i < FACILITATOR_NAMES.size(); i++) {
				String email = facilitatorEmail(i + 1);
				if (this.accounts.findByEmail(email).isEmpty()) {
					Account account = new Account(FACILITATOR_NAMES.get(i), email, null, "fr");
					account.verifyEmail();
					account.grant(Role.FACILITATOR);
					this.accounts.save(account);
					facilitators[0]++;
				}
			}
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
		if (facilitators[0] > 0) {
			log.info("{} demo facilitator accounts created ({} to {}), without a password: nobody can log in as them",
					facilitators[0], facilitatorEmail(1), facilitatorEmail(FACILITATOR_NAMES.size()));
		}
		if (created.isEmpty()) {
			log.info("Demo accounts exist: {} (passwords were logged when they were created)",
					ACCOUNTS.stream().map(Demo::email).toList());
		}
		else {
			log.warn("Demo accounts created, passwords shown only this once:\n  {}", String.join("\n  ", created));
		}
	}

	/**
	 * The address of a demo facilitator.
	 * @param number from 1 to the number of {@link #FACILITATOR_NAMES}
	 * @return the address
	 */
	static String facilitatorEmail(int number) {
		return FACILITATOR_EMAIL_PATTERN.formatted(number);
	}

	private static String newPassword() {
		byte[] bytes = new byte[15];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	record Demo(String email, String name, Role role) {

	}

}
