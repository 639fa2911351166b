-- Schema version 8: how each series' numbers are shown (projection/series-display.ts): in its own
-- unit or scaled ('thousands', 'millions', 'billions' of a USD series), and with a fixed number of
-- decimals (NULL: the grid's own). Display only: the stored values do not change with it.
ALTER TABLE series ADD COLUMN display_scale TEXT NOT NULL DEFAULT 'stored'
  CHECK (display_scale IN ('stored', 'thousands', 'millions', 'billions'));
ALTER TABLE series ADD COLUMN display_decimals INTEGER
  CHECK (display_decimals IS NULL OR display_decimals BETWEEN 0 AND 6);
