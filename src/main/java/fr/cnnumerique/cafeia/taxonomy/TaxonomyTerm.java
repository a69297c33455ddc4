package fr.cnnumerique.cafeia.taxonomy;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "taxonomy_term")
class TaxonomyTerm {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Vocabulary vocabulary;

	@Column(nullable = false, updatable = false)
	private String code;

	@Column(name = "label_fr", nullable = false)
	private String labelFr;

	@Column(name = "label_en", nullable = false)
	private String labelEn;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private boolean retired;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt = Instant.now();

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt = Instant.now();

	@Version
	private long version;

	protected TaxonomyTerm() {
	}

	TaxonomyTerm(Vocabulary vocabulary, String code, String labelFr, String labelEn, int position) {
		this.vocabulary = vocabulary;
		this.code = code;
		this.labelFr = labelFr;
		this.labelEn = labelEn;
		this.position = position;
	}

	@PreUpdate
	void touch() {
		this.updatedAt = Instant.now();
	}

	Term toTerm() {
		return new Term(this.id, this.vocabulary, this.code, this.labelFr, this.labelEn, this.position, this.retired);
	}

	void rename(String labelFr, String labelEn) {
		this.labelFr = labelFr;
		this.labelEn = labelEn;
	}

	void moveTo(int position) {
		this.position = position;
	}

	void retire() {
		this.retired = true;
	}

	void reactivate(int position) {
		this.retired = false;
		this.position = position;
	}

	Long getId() {
		return this.id;
	}

	Vocabulary getVocabulary() {
		return this.vocabulary;
	}

	String getCode() {
		return this.code;
	}

	String getLabelFr() {
		return this.labelFr;
	}

	String getLabelEn() {
		return this.labelEn;
	}

	int getPosition() {
		return this.position;
	}

	boolean isRetired() {
		return this.retired;
	}

	long getVersion() {
		return this.version;
	}

}
