-- The coordinator's pathway list (/forlop, GET /api/v1/pathways): a clinic's pathways newest first without a state
-- filter (with one, pathway_clinic_state_idx serves), and the search by the beginning of a given or family name.
CREATE INDEX pathway_clinic_opened_idx ON pathway (clinic_org_number, opened_on DESC, id);
CREATE INDEX person_given_name_prefix_idx ON person (lower(given_name) text_pattern_ops);
CREATE INDEX person_family_name_prefix_idx ON person (lower(family_name) text_pattern_ops);
