-- Nghị Sự schema V6: what the minutes need beyond the meeting itself.
-- minutes_section: free-text sections the secretary adds before export.
-- minutes_profile: an office's letterhead, margins and font sizes, per working group or per meeting,
-- kept as the JSON of a template file (the same format as resources/minutes/templates/*.json).

CREATE TABLE minutes_section (
  id UUID PRIMARY KEY,
  meeting_id UUID NOT NULL REFERENCES meeting (id),
  position INTEGER DEFAULT 0 NOT NULL,
  heading VARCHAR(1000) NOT NULL,
  body VARCHAR(100000),
  created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  deleted_at TIMESTAMP WITH TIME ZONE,
  row_version BIGINT DEFAULT 0 NOT NULL
);
CREATE INDEX minutes_section_meeting_idx ON minutes_section (meeting_id);

CREATE TABLE minutes_profile (
  id UUID PRIMARY KEY,
  working_group_id UUID REFERENCES working_group (id),
  meeting_id UUID REFERENCES meeting (id),
  kind VARCHAR(16) NOT NULL,
  content VARCHAR(100000) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  deleted_at TIMESTAMP WITH TIME ZONE,
  row_version BIGINT DEFAULT 0 NOT NULL,
  CONSTRAINT minutes_profile_kind_known CHECK (kind IN ('STATE', 'PARTY')),
  CONSTRAINT minutes_profile_one_owner CHECK ((working_group_id IS NULL AND meeting_id IS NOT NULL)
    OR (working_group_id IS NOT NULL AND meeting_id IS NULL))
);
CREATE INDEX minutes_profile_group_idx ON minutes_profile (working_group_id);
CREATE INDEX minutes_profile_meeting_idx ON minutes_profile (meeting_id);
