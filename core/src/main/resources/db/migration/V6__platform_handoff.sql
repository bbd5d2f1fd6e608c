-- Schema 6: posts handed to a platform that publishes them at their time itself (Facebook Pages, Mastodon).
-- hand_off marks a post the platform holds, or is being given: in doubt, it is looked for among the platform's
-- scheduled posts, and it is never published from here while the platform may have it.

ALTER TABLE social_posts ADD COLUMN hand_off BOOLEAN DEFAULT FALSE NOT NULL;

ALTER TABLE social_posts DROP CONSTRAINT social_posts_status_check;
ALTER TABLE social_posts ADD CONSTRAINT social_posts_status_check
    CHECK (status IN ('DRAFT', 'SCHEDULED', 'PUBLISHING', 'PUBLISHED', 'FAILED', 'MISSED', 'CANCELLED', 'ON_PLATFORM'));

ALTER TABLE publish_attempts DROP CONSTRAINT publish_attempts_outcome_check;
ALTER TABLE publish_attempts ADD CONSTRAINT publish_attempts_outcome_check
    CHECK (outcome IS NULL OR outcome IN ('PUBLISHED', 'FOUND', 'ABSENT', 'RETRY', 'UNKNOWN', 'FAILED', 'MISSED', 'HANDED_OFF', 'NOT_HANDED_OFF'));
