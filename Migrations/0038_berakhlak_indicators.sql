-- BerAKHLAK scored per behaviour indicator.
--
-- UU 20/2023 tentang ASN (art. 4) names the seven core values; SE MenPAN-RB Nomor 20 Tahun 2021
-- gives each three behaviour indicators (panduan perilaku). The 21 are kept here as reference, in
-- the circular's wording, with an English rendering and their source. A code is the value's two
-- letters and the indicator's number: BO1-BO3 Berorientasi Pelayanan, AK Akuntabel, KO Kompeten,
-- HA Harmonis, LO Loyal, AD Adaptif, KL Kolaboratif.
CREATE TABLE berakhlak_indicator (
    code       TEXT    PRIMARY KEY CHECK (length(code) = 3),
    value      TEXT    NOT NULL CHECK (value = 'service' OR value = 'accountable' OR value = 'competent' OR
                                       value = 'harmonious' OR value = 'loyal' OR value = 'adaptive' OR
                                       value = 'collaborative'),
    number     INTEGER NOT NULL CHECK (number BETWEEN 1 AND 3),
    sort_order INTEGER NOT NULL UNIQUE CHECK (sort_order BETWEEN 1 AND 21),
    text_id    TEXT    NOT NULL CHECK (length(text_id) BETWEEN 1 AND 500),
    text_en    TEXT    NOT NULL CHECK (length(text_en) BETWEEN 1 AND 500),
    source     TEXT    NOT NULL CHECK (length(source) BETWEEN 1 AND 200),
    UNIQUE (value, number)
) STRICT, WITHOUT ROWID;

INSERT INTO berakhlak_indicator (code, value, number, sort_order, text_id, text_en, source) VALUES
    ('BO1', 'service', 1, 1, 'Memahami dan memenuhi kebutuhan masyarakat',
        'Understands and meets the public''s needs', 'SE MenPAN-RB Nomor 20 Tahun 2021'),
    ('BO2', 'service', 2, 2, 'Ramah, cekatan, solutif, dan dapat diandalkan',
        'Friendly, quick, solution-minded and dependable', 'SE MenPAN-RB Nomor 20 Tahun 2021'),
    ('BO3', 'service', 3, 3, 'Melakukan perbaikan tiada henti',
        'Keeps improving, without end', 'SE MenPAN-RB Nomor 20 Tahun 2021'),
    ('AK1', 'accountable', 1, 4,
        'Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi',
        'Carries out duties honestly, responsibly, carefully, with discipline and high integrity',
        'SE MenPAN-RB Nomor 20 Tahun 2021'),
    ('AK2', 'accountable', 2, 5,
        'Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien',
        'Uses the state''s wealth and property responsibly, effectively and efficiently',
        'SE MenPAN-RB Nomor 20 Tahun 2021'),
    ('AK3', 'accountable', 3, 6, 'Tidak menyalahgunakan kewenangan jabatan',
        'Does not abuse the authority of office', 'SE MenPAN-RB Nomor 20 Tahun 2021'),
    ('KO1', 'competent', 1, 7, 'Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah',
        'Raises own competence to meet ever-changing challenges', 'SE MenPAN-RB Nomor 20 Tahun 2021'),
    ('KO2', 'competent', 2, 8, 'Membantu orang lain belajar',
        'Helps others learn', 'SE MenPAN-RB Nomor 20 Tahun 2021'),
    ('KO3', 'competent', 3, 9, 'Melaksanakan tugas dengan kualitas terbaik',
        'Carries out duties to the best quality', 'SE MenPAN-RB Nomor 20 Tahun 2021'),
    ('HA1', 'harmonious', 1, 10, 'Menghargai setiap orang apapun latar belakangnya',
        'Respects everyone, whatever their background', 'SE MenPAN-RB Nomor 20 Tahun 2021'),
    ('HA2', 'harmonious', 2, 11, 'Suka menolong orang lain',
        'Is glad to help others', 'SE MenPAN-RB Nomor 20 Tahun 2021'),
    ('HA3', 'harmonious', 3, 12, 'Membangun lingkungan kerja yang kondusif',
        'Builds a conducive working environment', 'SE MenPAN-RB Nomor 20 Tahun 2021'),
    ('LO1', 'loyal', 1, 13,
        'Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada Negara Kesatuan Republik Indonesia serta pemerintahan yang sah',
        'Holds firmly to the Pancasila ideology and the 1945 Constitution, loyal to the Unitary State of the Republic of Indonesia and its lawful government',
        'SE MenPAN-RB Nomor 20 Tahun 2021'),
    ('LO2', 'loyal', 2, 14, 'Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara',
        'Guards the good name of fellow civil servants, superiors, the agency and the state',
        'SE MenPAN-RB Nomor 20 Tahun 2021'),
    ('LO3', 'loyal', 3, 15, 'Menjaga rahasia jabatan dan negara',
        'Keeps official and state secrets', 'SE MenPAN-RB Nomor 20 Tahun 2021'),
    ('AD1', 'adaptive', 1, 16, 'Cepat menyesuaikan diri menghadapi perubahan',
        'Adapts quickly to change', 'SE MenPAN-RB Nomor 20 Tahun 2021'),
    ('AD2', 'adaptive', 2, 17, 'Terus berinovasi dan mengembangkan kreativitas',
        'Keeps innovating and developing creativity', 'SE MenPAN-RB Nomor 20 Tahun 2021'),
    ('AD3', 'adaptive', 3, 18, 'Bertindak proaktif',
        'Acts proactively', 'SE MenPAN-RB Nomor 20 Tahun 2021'),
    ('KL1', 'collaborative', 1, 19, 'Memberi kesempatan kepada berbagai pihak untuk berkontribusi',
        'Gives all parties the chance to contribute', 'SE MenPAN-RB Nomor 20 Tahun 2021'),
    ('KL2', 'collaborative', 2, 20, 'Terbuka dalam bekerja sama untuk menghasilkan nilai tambah',
        'Is open to working together to create added value', 'SE MenPAN-RB Nomor 20 Tahun 2021'),
    ('KL3', 'collaborative', 3, 21, 'Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama',
        'Mobilises the use of resources for shared goals', 'SE MenPAN-RB Nomor 20 Tahun 2021');

-- An assessment is now scored either per value (the seven columns, as every assessment before
-- this migration, which keeps its scores) or per indicator (the seven columns NULL, the 21 scores
-- in culture_indicator_score; each value's score is then the mean of its three, computed by kbk,
-- never stored). The table is rebuilt in place to let the seven columns be NULL, all together or
-- none; its rows keep their ids, and nothing refers to it.
CREATE TEMP TABLE culture_assessment_kept AS SELECT * FROM culture_assessment;
DROP TABLE culture_assessment;

CREATE TABLE culture_assessment (
    id           INTEGER PRIMARY KEY,
    skpd_id      INTEGER NOT NULL REFERENCES skpd (id),
    year         INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    service      INTEGER CHECK (service BETWEEN 1 AND 5),
    accountable  INTEGER CHECK (accountable BETWEEN 1 AND 5),
    competent    INTEGER CHECK (competent BETWEEN 1 AND 5),
    harmonious   INTEGER CHECK (harmonious BETWEEN 1 AND 5),
    loyal        INTEGER CHECK (loyal BETWEEN 1 AND 5),
    adaptive     INTEGER CHECK (adaptive BETWEEN 1 AND 5),
    collaborative INTEGER CHECK (collaborative BETWEEN 1 AND 5),
    assessed_on  TEXT    NOT NULL,
    note         TEXT    CHECK (note IS NULL OR length(note) BETWEEN 1 AND 100000),
    created_at   TEXT    NOT NULL,
    UNIQUE (skpd_id, year),
    CHECK ((service IS NULL) = (accountable IS NULL) AND (service IS NULL) = (competent IS NULL) AND
           (service IS NULL) = (harmonious IS NULL) AND (service IS NULL) = (loyal IS NULL) AND
           (service IS NULL) = (adaptive IS NULL) AND (service IS NULL) = (collaborative IS NULL))
) STRICT;

INSERT INTO culture_assessment
    (id, skpd_id, year, service, accountable, competent, harmonious, loyal, adaptive, collaborative, assessed_on,
     note, created_at)
SELECT id, skpd_id, year, service, accountable, competent, harmonious, loyal, adaptive, collaborative, assessed_on,
       note, created_at
FROM temp.culture_assessment_kept;
DROP TABLE temp.culture_assessment_kept;

-- The score of each indicator of an assessment scored per indicator, with its evidence (bukti
-- dukung): a short text, a reference (a document's number, a link), either, both or neither.
CREATE TABLE culture_indicator_score (
    assessment_id INTEGER NOT NULL REFERENCES culture_assessment (id),
    indicator     TEXT    NOT NULL REFERENCES berakhlak_indicator (code),
    score         INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    evidence      TEXT    CHECK (evidence IS NULL OR length(evidence) BETWEEN 1 AND 100000),
    evidence_ref  TEXT    CHECK (evidence_ref IS NULL OR length(evidence_ref) BETWEEN 1 AND 200),
    PRIMARY KEY (assessment_id, indicator)
) STRICT, WITHOUT ROWID;
