-- Downloads per item and per month (Europe/Paris), so that the annual report and the
-- statistics can say how many downloads a period had. library_item.downloads stays the
-- running total; downloads counted before this table existed are only in that total.
CREATE TABLE library_download_month (
    item_id   bigint NOT NULL REFERENCES library_item (id) ON DELETE CASCADE,
    month     date   NOT NULL CHECK (extract(day FROM month) = 1),
    downloads bigint NOT NULL CHECK (downloads >= 0),
    PRIMARY KEY (item_id, month)
);

CREATE INDEX library_download_month_month ON library_download_month (month);
