-- Each complaint category may name the rule its days come from, and kbk ships the settlement
-- classes of the national complaint guideline (SP4N-LAPOR!) under their Indonesian names:
-- information requests and complaints about a service (keluhan) in 5 working days, disputes and
-- violations without field examination in 14, with field examination in 60; the first response
-- (status information) within 3. docs/SOURCES.md cites them. The categories a database already has,
-- and their complaints, are left as they are.
ALTER TABLE complaint_category ADD COLUMN source TEXT CHECK (source IS NULL OR length(source) BETWEEN 1 AND 200);

INSERT INTO complaint_category (code, name, verify_days, respond_days, settle_days, source) VALUES
    ('informasi-keluhan', 'Permintaan informasi dan keluhan', 3, 3, 5,
        'PermenPAN-RB 62/2018 (SP4N), diganti PermenPAN-RB 5/2025'),
    ('sengketa-pelanggaran', 'Sengketa dan pelanggaran tanpa pemeriksaan lapangan', 3, 3, 14,
        'PermenPAN-RB 62/2018 (SP4N), diganti PermenPAN-RB 5/2025'),
    ('pemeriksaan-lapangan', 'Sengketa dan pelanggaran dengan pemeriksaan lapangan', 3, 3, 60,
        'PermenPAN-RB 62/2018 (SP4N), diganti PermenPAN-RB 5/2025')
ON CONFLICT (code) DO NOTHING;
