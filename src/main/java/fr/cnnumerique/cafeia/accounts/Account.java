package fr.cnnumerique.cafeia.accounts;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

@Entity
@Table(name = "account")
class Account {

	enum Status {

		ACTIVE, DISABLED, DELETED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(nullable = false, columnDefinition = "citext")
	private String email;

	@Column(name = "password_hash")
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status = Status.ACTIVE;

	@Column(name = "email_verified_at")
	private Instant emailVerifiedAt;

	@Column(nullable = false)
	private String locale;

	// pages naming several people load their roles in one statement, not one each
	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 50)
	@CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "role", nullable = false)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt = Instant.now();

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt = Instant.now();

	@Version
	private long version;

	@Column(name = "last_login_at")
	private Instant lastLoginAt;

	@Column(name = "deleted_at")
	private Instant deletedAt;

	@Column(name = "suspended_at")
	private Instant suspendedAt;

	@Column(name = "suspension_reason")
	private String suspensionReason;

	protected Account() {
	}

	Account(String displayName, String email, String passwordHash, String locale) {
		this.displayName = displayName;
		this.email = email;
		this.passwordHash = passwordHash;
		this.locale = locale;
	}

	@PreUpdate
	void touch() {
		this.updatedAt = Instant.now();
	}

	Long getId() {
		return this.id;
	}

	String getDisplayName() {
		return this.displayName;
	}

	String getEmail() {
		return this.email;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	Status getStatus() {
		return this.status;
	}

	Instant getEmailVerifiedAt() {
		return this.emailVerifiedAt;
	}

	boolean isVerified() {
		return this.emailVerifiedAt != null;
	}

	boolean isActive() {
		return this.status == Status.ACTIVE;
	}

	/**
	 * Suspended by an administrator; {@code DISABLED} in the database.
	 */
	boolean isSuspended() {
		return this.status == Status.DISABLED;
	}

	/**
	 * Moderators and administrators, who must pass a second factor to log in.
	 */
	boolean isStaff() {
		return this.roles.contains(Role.MODERATOR) || this.roles.contains(Role.ADMIN);
	}

	long getVersion() {
		return this.version;
	}

	Instant getSuspendedAt() {
		return this.suspendedAt;
	}

	String getSuspensionReason() {
		return this.suspensionReason;
	}

	void suspend(String reason) {
		this.status = Status.DISABLED;
		this.suspendedAt = Instant.now();
		this.suspensionReason = reason;
	}

	void reactivate() {
		this.status = Status.ACTIVE;
		this.suspendedAt = null;
		this.suspensionReason = null;
	}

	boolean revoke(Role role) {
		return this.roles.remove(role);
	}

	String getLocale() {
		return this.locale;
	}

	Set<Role> getRoles() {
		return Set.copyOf(this.roles);
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	Instant getLastLoginAt() {
		return this.lastLoginAt;
	}

	Instant getDeletedAt() {
		return this.deletedAt;
	}

	void rename(String displayName) {
		this.displayName = displayName;
	}

	void changeEmail(String email) {
		this.email = email;
		this.emailVerifiedAt = Instant.now();
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	/**
	 * Proof that the owner reads the mailbox makes the account a facilitator.
	 */
	void verifyEmail() {
		if (this.emailVerifiedAt == null) {
			this.emailVerifiedAt = Instant.now();
		}
		this.roles.add(Role.FACILITATOR);
	}

	boolean grant(Role role) {
		return this.roles.add(role);
	}

	void loggedIn() {
		this.lastLoginAt = Instant.now();
	}

	/**
	 * Keeps the row, so that other modules' references by id stay valid, but nothing that
	 * identifies the person.
	 */
	void erase() {
		this.displayName = "-";
		this.email = "supprime-" + this.id + "@compte-supprime.invalid";
		this.passwordHash = null;
		this.roles.clear();
		this.status = Status.DELETED;
		this.deletedAt = Instant.now();
		this.lastLoginAt = null;
		this.suspensionReason = null;
	}

}
