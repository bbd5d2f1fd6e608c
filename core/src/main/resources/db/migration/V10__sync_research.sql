-- Schema 10: research syncs too (decision 19).
-- Two devices may each write version N of a topic's report while apart; both are kept, so the version no longer
-- names one report.
ALTER TABLE research_reports DROP CONSTRAINT research_reports_version_unique;
CREATE INDEX research_reports_topic_idx ON research_reports (topic_id, version);

-- Sync looks for rows written since its last push.
CREATE INDEX research_sources_updated_at_idx ON research_sources (updated_at);
CREATE INDEX research_documents_updated_at_idx ON research_documents (updated_at);
CREATE INDEX research_topics_updated_at_idx ON research_topics (updated_at);
CREATE INDEX research_reports_updated_at_idx ON research_reports (updated_at);

-- The AI calls of every device count against the one monthly budget.
CREATE INDEX ai_usage_updated_at_idx ON ai_usage (updated_at);
CREATE INDEX ai_prices_updated_at_idx ON ai_prices (updated_at);
CREATE INDEX ai_providers_updated_at_idx ON ai_providers (updated_at);
CREATE INDEX draft_images_updated_at_idx ON draft_images (updated_at);

-- A draft's search metadata written on two devices while apart: both arrive, and sync keeps one (decision 19).
ALTER TABLE draft_seo DROP CONSTRAINT draft_seo_draft_unique;
CREATE INDEX draft_seo_draft_idx ON draft_seo (draft_id);
CREATE INDEX draft_seo_updated_at_idx ON draft_seo (updated_at);
