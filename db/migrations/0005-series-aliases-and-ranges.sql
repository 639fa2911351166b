-- Schema version 5: each series has a range of values it may hold, and aliases: the other names
-- files give it, so next quarter's file matches the series the workbook has (see
-- projection/series-match.ts and projection/value-range.ts).

-- NULL is no bound. Percent series take 0-100; money series are not negative (revenue, capex).
ALTER TABLE series ADD COLUMN min_value REAL;
ALTER TABLE series ADD COLUMN max_value REAL;
UPDATE series SET min_value = 0, max_value = 100 WHERE lower(unit) IN ('percent', '%');
UPDATE series SET min_value = 0 WHERE lower(unit) LIKE 'usd%';

-- `source`: 'default' for the names the app ships, 'user' for one chosen in an import's preview.
CREATE TABLE series_aliases (
  series_id INTEGER NOT NULL REFERENCES series (id) ON DELETE CASCADE,
  alias     TEXT NOT NULL CHECK (length(trim(alias)) > 0),
  source    TEXT NOT NULL DEFAULT 'user' CHECK (source IN ('default', 'user')),
  PRIMARY KEY (series_id, alias)
) STRICT, WITHOUT ROWID;

-- The names the companies' own releases use, for the default series a workbook already has
-- (as the default workbook of schema 5 ships them; db/seed/default-aliases.ts).
INSERT INTO series_aliases (series_id, alias, source)
SELECT s.id, a.alias, 'default'
FROM series s JOIN (
  SELECT 'amd.revenue_data_center' AS key, 'Data Center' AS alias
  UNION ALL SELECT 'amd.revenue_client', 'Client'
  UNION ALL SELECT 'amd.revenue_gaming', 'Gaming'
  UNION ALL SELECT 'amd.revenue_client_and_gaming', 'Client and Gaming'
  UNION ALL SELECT 'amd.revenue_embedded', 'Embedded'
  UNION ALL SELECT 'amd.revenue_total', 'Total net revenue'
  UNION ALL SELECT 'amd.revenue_total', 'Net revenue'
  UNION ALL SELECT 'nvidia.revenue_data_center', 'Data Center'
  UNION ALL SELECT 'microsoft.purchases_of_property_and_equipment', 'Purchases of property and equipment'
  UNION ALL SELECT 'microsoft.purchases_of_property_and_equipment', 'Capital expenditures'
  UNION ALL SELECT 'amazon.purchases_of_property_and_equipment', 'Purchases of property and equipment'
  UNION ALL SELECT 'amazon.purchases_of_property_and_equipment', 'Capital expenditures'
  UNION ALL SELECT 'alphabet.purchases_of_property_and_equipment', 'Purchases of property and equipment'
  UNION ALL SELECT 'alphabet.purchases_of_property_and_equipment', 'Capital expenditures'
  UNION ALL SELECT 'meta.purchases_of_property_and_equipment', 'Purchases of property and equipment'
  UNION ALL SELECT 'meta.purchases_of_property_and_equipment', 'Capital expenditures'
) a ON a.key = s.key;
