-- Controlled vocabularies that content is tagged with: themes, audiences and formats.
-- A term's code is stable (content stores it, links and filters use it); labels may be
-- renamed. A retired term is kept so that content tagged with it still resolves, but it is
-- no longer offered for new content. Active labels are unique per vocabulary, compared
-- without case and accents, so two active terms cannot look the same in a list.
CREATE TABLE taxonomy_term (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vocabulary text        NOT NULL CHECK (vocabulary IN ('THEME', 'AUDIENCE', 'FORMAT')),
    code       text        NOT NULL CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND char_length(code) <= 80),
    label_fr   text        NOT NULL CHECK (char_length(label_fr) BETWEEN 1 AND 80),
    label_en   text        NOT NULL CHECK (char_length(label_en) BETWEEN 1 AND 80),
    position   integer     NOT NULL,
    retired    boolean     NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    version    bigint      NOT NULL DEFAULT 0,
    CONSTRAINT taxonomy_term_code_unique UNIQUE (vocabulary, code)
);

CREATE UNIQUE INDEX taxonomy_term_label_fr_unique ON taxonomy_term (vocabulary, lower(immutable_unaccent(label_fr)))
    WHERE NOT retired;
CREATE UNIQUE INDEX taxonomy_term_label_en_unique ON taxonomy_term (vocabulary, lower(immutable_unaccent(label_en)))
    WHERE NOT retired;
CREATE INDEX taxonomy_term_order ON taxonomy_term (vocabulary, position);

INSERT INTO taxonomy_term (vocabulary, code, label_fr, label_en, position) VALUES
    ('THEME', 'ia-et-travail', 'IA et travail', 'AI and work', 1),
    ('THEME', 'ia-et-education', 'IA et éducation', 'AI and education', 2),
    ('THEME', 'ia-et-sante', 'IA et santé', 'AI and health', 3),
    ('THEME', 'creation-et-culture', 'Création et culture', 'Creation and culture', 4),
    ('THEME', 'information-et-desinformation', 'Information et désinformation', 'Information and disinformation', 5),
    ('THEME', 'environnement', 'Environnement', 'Environment', 6),
    ('THEME', 'vie-privee-et-donnees', 'Vie privée et données', 'Privacy and data', 7),
    ('THEME', 'democratie-et-citoyennete', 'Démocratie et citoyenneté', 'Democracy and citizenship', 8),
    ('THEME', 'ia-au-quotidien', 'IA au quotidien', 'AI in everyday life', 9),
    ('THEME', 'ia-generative', 'IA générative', 'Generative AI', 10),
    ('AUDIENCE', 'tout-public', 'Tout public', 'General public', 1),
    ('AUDIENCE', 'jeunes', 'Jeunes', 'Young people', 2),
    ('AUDIENCE', 'seniors', 'Seniors', 'Older people', 3),
    ('AUDIENCE', 'parents', 'Parents', 'Parents', 4),
    ('AUDIENCE', 'professionnels', 'Professionnels', 'Professionals', 5),
    ('AUDIENCE', 'elus-et-agents-publics', 'Élus et agents publics', 'Elected officials and public servants', 6),
    ('AUDIENCE', 'personnes-eloignees-du-numerique', 'Personnes éloignées du numérique',
        'People with little digital experience', 7),
    ('FORMAT', 'cafe-discussion', 'Café-discussion', 'Discussion café', 1),
    ('FORMAT', 'atelier-pratique', 'Atelier pratique', 'Hands-on workshop', 2),
    ('FORMAT', 'conference-debat', 'Conférence-débat', 'Talk and debate', 3),
    ('FORMAT', 'projection-debat', 'Projection-débat', 'Screening and debate', 4),
    ('FORMAT', 'jeu-collaboratif', 'Jeu collaboratif', 'Collaborative game', 5);
