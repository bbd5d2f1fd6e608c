-- Schema 9: social posts and their publish log sync too (decision 18).
-- A conflict now names the kind of record it is about; a post's text edited on two devices keeps the other
-- device's text here until the user chooses.
ALTER TABLE sync_conflicts ADD COLUMN entity VARCHAR(40) DEFAULT 'draft' NOT NULL;
ALTER TABLE sync_conflicts ADD COLUMN other_payload VARCHAR;

-- Sync looks for posts and attempts written since its last push.
CREATE INDEX social_posts_updated_at_idx ON social_posts (updated_at);
CREATE INDEX publish_attempts_updated_at_idx ON publish_attempts (updated_at);
