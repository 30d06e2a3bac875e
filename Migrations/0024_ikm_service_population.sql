-- An IKM survey may be of one service of the unit (PermenPAN-RB 14/2017 surveys each service), and
-- may record the population it samples (the service's users in the period), so that kbk can tell
-- when the respondents are fewer than the Krejcie–Morgan sample the regulation refers to.
ALTER TABLE ikm_survey ADD COLUMN service TEXT CHECK (service IS NULL OR length(service) BETWEEN 1 AND 200);
ALTER TABLE ikm_survey ADD COLUMN population INTEGER CHECK (population IS NULL OR population BETWEEN 1 AND 100000000);
