-- Staff curation of participants' comments, as for report items (V40): the same statuses
-- (PENDING, RETAINED, DISMISSED; NONE when there is no comment), the comment as the
-- participant wrote it once staff edit it to anonymise it, and who curated it last. Only
-- RETAINED comments may reach a public output.
ALTER TABLE feedback_participant_answer DROP CONSTRAINT feedback_participant_answer_comment_status_check;
UPDATE feedback_participant_answer SET comment_status = 'RETAINED' WHERE comment_status = 'APPROVED';
UPDATE feedback_participant_answer SET comment_status = 'DISMISSED' WHERE comment_status = 'REJECTED';
ALTER TABLE feedback_participant_answer
    ADD CONSTRAINT feedback_participant_answer_comment_status_check
        CHECK (comment_status IN ('NONE', 'PENDING', 'RETAINED', 'DISMISSED')),
    ADD COLUMN original_comment   varchar(500),
    ADD COLUMN comment_curated_by bigint,
    ADD COLUMN comment_curated_at timestamptz,
    ADD CONSTRAINT feedback_participant_answer_original_comment_check
        CHECK (original_comment IS NULL OR comment IS NOT NULL);

COMMENT ON COLUMN feedback_participant_answer.original_comment IS
    'the comment as the participant wrote it, kept once staff edit comment; NULL while unedited';

-- The curation list: comments of a status, latest cafés first; retained ones by date for
-- the annual report.
CREATE INDEX feedback_participant_answer_comment ON feedback_participant_answer (comment_status, event_date)
    WHERE comment IS NOT NULL;
