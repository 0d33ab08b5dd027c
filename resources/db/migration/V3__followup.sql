-- Nghị Sự V3 (follow-up): completion date of action items, the folded search index, and indexes
-- for the follow-up filters and the dashboard. SQL that both H2 2.x and PostgreSQL accept.

-- The day an item was marked done; "done this month" on the dashboard counts by it.
ALTER TABLE action_item ADD COLUMN completed_on DATE;

CREATE INDEX action_item_owner_unit_idx ON action_item (owner_unit_id);
CREATE INDEX action_item_owner_sc_idx ON action_item (owner_sub_committee_id);
CREATE INDEX action_item_lead_idx ON action_item (lead_person_id);
CREATE INDEX action_item_plan_idx ON action_item (action_plan_id);
CREATE INDEX action_item_completed_idx ON action_item (completed_on);
CREATE INDEX issue_category_idx ON issue (category_id);
CREATE INDEX issue_raised_by_idx ON issue (raised_by_unit_id);

-- Rows changed since the search index was last brought up to date are found by updated_at.
CREATE INDEX meeting_updated_idx ON meeting (updated_at);
CREATE INDEX statement_updated_idx ON statement (updated_at);
CREATE INDEX issue_updated_idx ON issue (updated_at);
CREATE INDEX directive_updated_idx ON directive (updated_at);
CREATE INDEX action_item_updated_idx ON action_item (updated_at);
CREATE INDEX unit_updated_idx ON unit (updated_at);
CREATE INDEX person_updated_idx ON person (updated_at);

-- One row per searchable record: its display title and a lower-case, diacritics-free key (Texts.foldKey).
-- Derived data, rebuilt from the domain tables at any time; never merged between laptops.
CREATE TABLE search_entry (
  id UUID PRIMARY KEY,
  kind VARCHAR(16) NOT NULL,
  title VARCHAR(2000) NOT NULL,
  item_date DATE,
  meeting_id UUID,
  fold_key VARCHAR(4000) NOT NULL,
  source_updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX search_entry_kind_idx ON search_entry (kind, source_updated_at);

-- Each word of a fold_key, so a query is answered from an index (word prefix) instead of a scan.
CREATE TABLE search_word (
  kind VARCHAR(16) NOT NULL,
  word VARCHAR(64) NOT NULL,
  entry_id UUID NOT NULL,
  CONSTRAINT search_word_pk PRIMARY KEY (kind, word, entry_id)
);
CREATE INDEX search_word_entry_idx ON search_word (entry_id);
