package fr.cnnumerique.cafeia.accounts;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A single-use link sent by mail; only the SHA-256 of its token is stored.
 */
@Entity
@Table(name = "account_token")
class AccountToken {

	enum Purpose {

		VERIFY_EMAIL, RESET_PASSWORD, CHANGE_EMAIL

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false, updatable = false)
	private long accountId;

	@Column(name = "token_hash", nullable = false, updatable = false)
	private String tokenHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Purpose purpose;

	@Column(name = "new_email", columnDefinition = "citext", updatable = false)
	private String newEmail;

	@Column(name = "expires_at", nullable = false, updatable = false)
	private Instant expiresAt;

	@Column(name = "used_at")
	private Instant usedAt;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt = Instant.now();

	protected AccountToken() {
	}

	AccountToken(long accountId, String tokenHash, Purpose purpose, String newEmail, Instant expiresAt) {
		this.accountId = accountId;
		this.tokenHash = tokenHash;
		this.purpose = purpose;
		this.newEmail = newEmail;
		this.expiresAt = expiresAt;
	}

	long getAccountId() {
		return this.accountId;
	}

	Purpose getPurpose() {
		return this.purpose;
	}

	String getNewEmail() {
		return this.newEmail;
	}

	Instant getExpiresAt() {
		return this.expiresAt;
	}

	Instant getUsedAt() {
		return this.usedAt;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	boolean isUsable(Instant now) {
		return this.usedAt == null && now.isBefore(this.expiresAt);
	}

	void use() {
		this.usedAt = Instant.now();
	}

}
