package fr.cnnumerique.cafeia.taxonomy;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TaxonomyTermRepository extends JpaRepository<TaxonomyTerm, Long> {

	List<TaxonomyTerm> findByVocabularyOrderByPositionAscIdAsc(Vocabulary vocabulary);

	List<TaxonomyTerm> findByVocabularyAndRetiredFalseOrderByPositionAscIdAsc(Vocabulary vocabulary);

	Optional<TaxonomyTerm> findByVocabularyAndCode(Vocabulary vocabulary, String code);

	List<TaxonomyTerm> findByVocabularyAndCodeInOrderByPositionAscIdAsc(Vocabulary vocabulary,
			Collection<String> codes);

	boolean existsByVocabularyAndCode(Vocabulary vocabulary, String code);

	@Query("SELECT coalesce(max(t.position), 0) FROM TaxonomyTerm t WHERE t.vocabulary = ?1")
	int maxPosition(Vocabulary vocabulary);

}
