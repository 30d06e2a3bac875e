-- An official's language for the web front (`kbk official edit LOGIN --language en`): their pages
-- follow it; without one, the browser's Accept-Language decides, Indonesian by default.
ALTER TABLE official ADD COLUMN language TEXT CHECK (language IS NULL OR language IN ('id', 'en'));
