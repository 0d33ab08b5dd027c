-- Nghị Sự V10 (search): the word index now also holds pairs of adjacent words ("dan van"), so a phrase of two
-- common words is answered by one index probe. The index is derived data: emptying it makes the next search
-- build it again from the domain tables, with the pairs. SQL that both H2 2.x and PostgreSQL accept.
TRUNCATE TABLE search_word;
TRUNCATE TABLE search_entry;
