-- The national calendar of 2027 (issue 29): the joint decree of the Minister of Religious Affairs,
-- the Minister of Manpower and the Minister for Administrative Reform, SKB Nomor 1205 Tahun 2026,
-- Nomor 3 Tahun 2026, Nomor 2 Tahun 2026 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2027,
-- signed 15 September 2026: 18 national holidays and 8 days of collective leave. Read through the
-- publications that cite the signed decree (docs/SOURCES.md). 8 to 15 March is six working days
-- in a row without work (Nyepi, Idulfitri and its leave). A day already recorded by hand is kept
-- as it was, and an admin corrects a day with `kbk holiday correct DATE … --reason`, recorded in
-- the audit trail. kbk moves the due dates of open complaints onto the new calendar in the same
-- transaction, sealed by this migration's audit entry.
INSERT INTO holiday (date, name, kind, source) VALUES
    ('2027-01-01', 'Tahun Baru 2027 Masehi', 'national', 'SKB 1205/2026, 3/2026, 2/2026'),
    ('2027-01-05', 'Isra Mikraj Nabi Muhammad SAW 1448 H', 'national', 'SKB 1205/2026, 3/2026, 2/2026'),
    ('2027-02-05', 'Cuti bersama Tahun Baru Imlek', 'collective', 'SKB 1205/2026, 3/2026, 2/2026'),
    ('2027-02-06', 'Tahun Baru Imlek 2578 Kongzili', 'national', 'SKB 1205/2026, 3/2026, 2/2026'),
    ('2027-03-08', 'Hari Suci Nyepi Tahun Baru Saka 1949', 'national', 'SKB 1205/2026, 3/2026, 2/2026'),
    ('2027-03-09', 'Cuti bersama Idulfitri 1448 H', 'collective', 'SKB 1205/2026, 3/2026, 2/2026'),
    ('2027-03-10', 'Hari Raya Idulfitri 1448 H', 'national', 'SKB 1205/2026, 3/2026, 2/2026'),
    ('2027-03-11', 'Hari Raya Idulfitri 1448 H', 'national', 'SKB 1205/2026, 3/2026, 2/2026'),
    ('2027-03-12', 'Cuti bersama Idulfitri 1448 H', 'collective', 'SKB 1205/2026, 3/2026, 2/2026'),
    ('2027-03-15', 'Cuti bersama Idulfitri 1448 H', 'collective', 'SKB 1205/2026, 3/2026, 2/2026'),
    ('2027-03-25', 'Cuti bersama Wafat Yesus Kristus', 'collective', 'SKB 1205/2026, 3/2026, 2/2026'),
    ('2027-03-26', 'Wafat Yesus Kristus', 'national', 'SKB 1205/2026, 3/2026, 2/2026'),
    ('2027-03-28', 'Kebangkitan Yesus Kristus (Paskah)', 'national', 'SKB 1205/2026, 3/2026, 2/2026'),
    ('2027-05-01', 'Hari Buruh Internasional', 'national', 'SKB 1205/2026, 3/2026, 2/2026'),
    ('2027-05-06', 'Kenaikan Yesus Kristus', 'national', 'SKB 1205/2026, 3/2026, 2/2026'),
    ('2027-05-17', 'Hari Raya Iduladha 1448 H', 'national', 'SKB 1205/2026, 3/2026, 2/2026'),
    ('2027-05-18', 'Cuti bersama Iduladha 1448 H', 'collective', 'SKB 1205/2026, 3/2026, 2/2026'),
    ('2027-05-19', 'Cuti bersama Waisak 2571 BE', 'collective', 'SKB 1205/2026, 3/2026, 2/2026'),
    ('2027-05-20', 'Hari Raya Waisak 2571 BE', 'national', 'SKB 1205/2026, 3/2026, 2/2026'),
    ('2027-06-01', 'Hari Lahir Pancasila', 'national', 'SKB 1205/2026, 3/2026, 2/2026'),
    ('2027-06-06', '1 Muharam Tahun Baru Islam 1449 H', 'national', 'SKB 1205/2026, 3/2026, 2/2026'),
    ('2027-08-15', 'Maulid Nabi Muhammad SAW', 'national', 'SKB 1205/2026, 3/2026, 2/2026'),
    ('2027-08-17', 'Hari Proklamasi Kemerdekaan Republik Indonesia', 'national', 'SKB 1205/2026, 3/2026, 2/2026'),
    ('2027-12-24', 'Cuti bersama Kelahiran Yesus Kristus', 'collective', 'SKB 1205/2026, 3/2026, 2/2026'),
    ('2027-12-25', 'Kelahiran Yesus Kristus (Natal)', 'national', 'SKB 1205/2026, 3/2026, 2/2026'),
    ('2027-12-26', 'Isra Mikraj Nabi Muhammad SAW 1449 H', 'national', 'SKB 1205/2026, 3/2026, 2/2026')
ON CONFLICT (date) DO NOTHING;
