-- Library items a facilitator used in a café, besides the free text resources_used. No
-- foreign key to library_item: modules refer to each other by id, and a report keeps
-- naming an item that the library has since unpublished.
CREATE TABLE feedback_report_resource (
    report_id bigint  NOT NULL REFERENCES feedback_report (id) ON DELETE CASCADE,
    item_id   bigint  NOT NULL,
    position  integer NOT NULL CHECK (position >= 0),
    PRIMARY KEY (report_id, item_id)
);

CREATE INDEX feedback_report_resource_item ON feedback_report_resource (item_id);
