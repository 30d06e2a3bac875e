-- One set of complaint classes, each with the rule it comes from (issue 29). Verification within 3
-- working days and the first response within 5 of the hand-over are LAPOR!'s; settlement by class:
-- permintaan informasi / pengaduan normatif 5, pengaduan tidak berkadar pengawasan 14, pengaduan
-- berkadar pengawasan (perlu pemeriksaan) 60, as offices publish them in their service standards
-- (SIPPN); "ringan" 2, which only some offices publish, ships out of use until an admin takes it
-- up; a request for public information to the PPID (UU 14/2008 article 22(7)-(8)) 10, with one
-- extension of at most 7. docs/SOURCES.md cites each.
--
-- in_use: whether new complaints, hand-overs and corrections may choose the class. A class out of
-- use still counts the deadlines of the complaints already in it. replaced_by: the class that takes
-- a retired one's place, named when the old code is refused.
-- extension_days: the most working days the one extension of a complaint in the class may grant
-- (0: none); 60, kbk's bound since migration 0012, where no rule gives one.
ALTER TABLE complaint_category ADD COLUMN in_use INTEGER NOT NULL DEFAULT 1 CHECK (in_use IN (0, 1));
ALTER TABLE complaint_category ADD COLUMN replaced_by TEXT REFERENCES complaint_category (code)
    CHECK (replaced_by IS NULL OR (in_use = 0 AND replaced_by <> code));
ALTER TABLE complaint_category ADD COLUMN extension_days INTEGER NOT NULL DEFAULT 60
    CHECK (extension_days BETWEEN 0 AND 60);

INSERT INTO complaint_category
    (code, name, verify_days, respond_days, settle_days, source, in_use, extension_days)
VALUES
    ('informasi-normatif', 'Permintaan informasi / pengaduan normatif', 3, 5, 5,
        'Standar pelayanan pengaduan (SIPPN); SP4N-LAPOR!, PermenPAN-RB 62/2018 jo. 5/2025', 1, 60),
    ('tidak-berkadar-pengawasan', 'Pengaduan tidak berkadar pengawasan', 3, 5, 14,
        'Standar pelayanan pengaduan (SIPPN); SP4N-LAPOR!, PermenPAN-RB 62/2018 jo. 5/2025', 1, 60),
    ('berkadar-pengawasan', 'Pengaduan berkadar pengawasan (perlu pemeriksaan)', 3, 5, 60,
        'Standar pelayanan pengaduan (SIPPN); SP4N-LAPOR!, PermenPAN-RB 62/2018 jo. 5/2025; Perpres 76/2013', 1, 60),
    ('ringan', 'Pengaduan ringan', 3, 2, 2,
        'Standar pelayanan sebagian kantor (SIPPN)', 0, 60),
    ('ppid', 'Permohonan informasi publik (PPID)', 3, 5, 10,
        'UU 14/2008 (Keterbukaan Informasi Publik) Pasal 22 ayat (7) dan (8)', 1, 7)
ON CONFLICT (code) DO NOTHING;

-- The classes of 0003 and 0022 are retired where they are still as kbk shipped them, each replaced
-- by the cited class with its settlement days. No complaint is re-pointed: a complaint keeps the
-- class it was handled under, and its recorded due dates (its sealed row and its events) stay as
-- they are; an open one goes on counting on its class's days. A class an office changed is its own
-- and stays in use.
UPDATE complaint_category SET in_use = 0, replaced_by = 'informasi-normatif'
WHERE code = 'information-request' AND name = 'Permintaan informasi' AND verify_days = 3 AND respond_days = 5
    AND settle_days = 5 AND respond_hours IS NULL AND source IS NULL;
UPDATE complaint_category SET in_use = 0, replaced_by = 'tidak-berkadar-pengawasan'
WHERE code = 'general' AND name = 'Pengaduan umum' AND verify_days = 3 AND respond_days = 5
    AND settle_days = 14 AND respond_hours IS NULL AND source IS NULL;
UPDATE complaint_category SET in_use = 0, replaced_by = 'berkadar-pengawasan'
WHERE code = 'field-examination' AND name = 'Pengaduan dengan pemeriksaan lapangan' AND verify_days = 3
    AND respond_days = 5 AND settle_days = 60 AND respond_hours IS NULL AND source IS NULL;
UPDATE complaint_category SET in_use = 0, replaced_by = 'informasi-normatif'
WHERE code = 'informasi-keluhan' AND name = 'Permintaan informasi dan keluhan' AND verify_days = 3
    AND respond_days = 3 AND settle_days = 5 AND respond_hours IS NULL
    AND source = 'PermenPAN-RB 62/2018 (SP4N), diganti PermenPAN-RB 5/2025';
UPDATE complaint_category SET in_use = 0, replaced_by = 'tidak-berkadar-pengawasan'
WHERE code = 'sengketa-pelanggaran' AND name = 'Sengketa dan pelanggaran tanpa pemeriksaan lapangan'
    AND verify_days = 3 AND respond_days = 3 AND settle_days = 14 AND respond_hours IS NULL
    AND source = 'PermenPAN-RB 62/2018 (SP4N), diganti PermenPAN-RB 5/2025';
UPDATE complaint_category SET in_use = 0, replaced_by = 'berkadar-pengawasan'
WHERE code = 'pemeriksaan-lapangan' AND name = 'Sengketa dan pelanggaran dengan pemeriksaan lapangan'
    AND verify_days = 3 AND respond_days = 3 AND settle_days = 60 AND respond_hours IS NULL
    AND source = 'PermenPAN-RB 62/2018 (SP4N), diganti PermenPAN-RB 5/2025';
