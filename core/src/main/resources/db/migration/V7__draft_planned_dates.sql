-- Schema 7: the day a draft is planned to be published, for the calendar. A day, not an instant: "publish the
-- article on 1 December" means that day wherever the calendar is read. Null means not planned yet.

ALTER TABLE drafts ADD COLUMN planned_on DATE;
-- The calendar asks for the drafts planned within the days it shows.
CREATE INDEX drafts_planned_on_idx ON drafts (planned_on);
