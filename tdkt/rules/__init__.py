"""Legal facts as data: regimes by year, the catalogue of titles and award forms."""
