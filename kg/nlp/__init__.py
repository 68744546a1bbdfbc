"""Language processing: spaCy pipelines, language detection, label schemes, language packs."""
