"""The report PDF: cover, summary, chronology, statistics, index, letter, custody, exhibits."""
