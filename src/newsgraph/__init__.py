"""newsgraph: who said what, and who did what to whom, from news articles — open, local, explainable."""

from .api import IngestReport, extract_path, extract_text, ingest
from .config import Settings
from .errors import InputProblem, NewsgraphError
from .ingest import ArticleHints, read_inputs
from .records import Actor, ActorRef, Article, Event, Extraction, Mention, Paragraph, Quote
from .store import Store
from .version import __version__

__all__ = [
    "Actor",
    "ActorRef",
    "Article",
    "ArticleHints",
    "Event",
    "Extraction",
    "IngestReport",
    "InputProblem",
    "Mention",
    "NewsgraphError",
    "Paragraph",
    "Quote",
    "Settings",
    "Store",
    "__version__",
    "extract_path",
    "extract_text",
    "ingest",
    "read_inputs",
]
