-- What a complaint is about (issue 29): the topic (kategori) that Purbalingga's Lapor MasBuP
-- counts and publishes ("perbaikan jalan 584, bantuan sosial 294, penerangan jalan 181, …"),
-- from a list the coordinator's desk keeps. Each topic names the category of the national
-- SP4N-LAPOR! form it is filed under there, so that figures can be set beside LAPOR!'s. The topic
-- is not the deadline class (`category`) nor the function a successor takes over: a road
-- complaint may be an information request or need a field examination.
--
-- name: Indonesian, name_en: English (what a reader of the other language sees). A topic out of
-- use keeps its complaints and is refused for new ones. Not a sealed table: every change to the
-- list is in the audit trail, as for the deadline classes.
CREATE TABLE complaint_topic (
    code           TEXT    PRIMARY KEY CHECK (length(code) BETWEEN 2 AND 32 AND code NOT GLOB '*[^a-z0-9-]*'),
    name           TEXT    NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    name_en        TEXT    NOT NULL CHECK (length(name_en) BETWEEN 1 AND 200),
    lapor_category TEXT    NOT NULL CHECK (length(lapor_category) BETWEEN 1 AND 200),
    in_use         INTEGER NOT NULL DEFAULT 1 CHECK (in_use IN (0, 1))
) STRICT, WITHOUT ROWID;

INSERT INTO complaint_topic (code, name, name_en, lapor_category) VALUES
    ('jalan-jembatan', 'Jalan dan jembatan', 'Roads and bridges', 'Infrastruktur'),
    ('penerangan-jalan', 'Penerangan jalan umum', 'Street lighting', 'Infrastruktur'),
    ('air-bersih', 'Air bersih dan sanitasi', 'Clean water and sanitation', 'Infrastruktur'),
    ('drainase-banjir', 'Drainase dan genangan', 'Drainage and waterlogging', 'Infrastruktur'),
    ('bencana', 'Bencana alam', 'Natural disasters', 'Penanggulangan Bencana'),
    ('bantuan-sosial', 'Bantuan sosial', 'Social assistance', 'Sosial dan Kesejahteraan'),
    ('pkh', 'Program Keluarga Harapan (PKH)', 'Family Hope Programme (PKH)', 'Sosial dan Kesejahteraan'),
    ('perlindungan-anak', 'Perlindungan perempuan dan anak', 'Protection of women and children', 'Sosial dan Kesejahteraan'),
    ('kesehatan', 'Puskesmas dan kesehatan masyarakat', 'Health centres and public health', 'Kesehatan'),
    ('rumah-sakit', 'Layanan rumah sakit', 'Hospital services', 'Kesehatan'),
    ('bpjs-kesehatan', 'BPJS Kesehatan dan JKN', 'BPJS health insurance (JKN)', 'Kesehatan'),
    ('pendidikan', 'Sekolah dan pendidikan', 'Schools and education', 'Pendidikan dan Kebudayaan'),
    ('spmb', 'Penerimaan murid baru (SPMB)', 'New pupil admission (SPMB)', 'Pendidikan dan Kebudayaan'),
    ('beasiswa', 'Beasiswa dan bantuan pendidikan', 'Scholarships and school aid', 'Pendidikan dan Kebudayaan'),
    ('kependudukan', 'Administrasi kependudukan', 'Population records', 'Kependudukan'),
    ('perhubungan', 'Lalu lintas dan angkutan', 'Traffic and transport', 'Perhubungan'),
    ('ketenagakerjaan', 'Ketenagakerjaan', 'Employment', 'Ketenagakerjaan'),
    ('lingkungan', 'Sampah dan lingkungan hidup', 'Waste and environment', 'Lingkungan Hidup dan Kehutanan'),
    ('ketertiban', 'Ketertiban umum', 'Public order', 'Ketentraman, Ketertiban Umum, dan Perlindungan Masyarakat'),
    ('pertanian', 'Pertanian dan pangan', 'Agriculture and food', 'Pertanian dan Peternakan'),
    ('perizinan', 'Perizinan dan investasi', 'Permits and investment', 'Ekonomi dan Keuangan'),
    ('pajak-daerah', 'Pajak daerah dan retribusi', 'Local taxes and charges', 'Ekonomi dan Keuangan'),
    ('pasar-perdagangan', 'Pasar dan perdagangan', 'Markets and trade', 'Ekonomi dan Keuangan'),
    ('informasi-publik', 'Informasi publik dan layanan digital', 'Public information and digital services', 'Komunikasi dan Informatika'),
    ('pariwisata-olahraga', 'Pariwisata dan olahraga', 'Tourism and sport', 'Pariwisata dan Ekonomi Kreatif'),
    ('pemerintahan-desa', 'Pemerintahan desa', 'Village government', 'Pembangunan Desa, Daerah Tertinggal, dan Transmigrasi'),
    ('kepegawaian', 'Kepegawaian dan pelayanan aparatur', 'Civil servants and their conduct', 'Reformasi Birokrasi dan Tata Kelola'),
    ('lainnya', 'Lainnya', 'Other', 'Lainnya');

-- NULL: a complaint recorded before topics were kept, or not classified yet; reports count these
-- apart. NULL columns leave the rows' seals as they were (RowSeals digests non-NULL columns).
-- No index: a topic filter reads the complaints it lists anyway, and every index costs each import.
ALTER TABLE complaint ADD COLUMN topic TEXT REFERENCES complaint_topic (code);
