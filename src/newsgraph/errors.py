"""One catalogue of coded messages, shared by the library, the CLI and the docs.

Library code raises :class:`NewsgraphError` (or yields :class:`InputProblem` records for inputs that a
batch skips); only the CLI turns them into text for people. A code never changes meaning once published.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["MESSAGES", "InputFailed", "InputProblem", "NewsgraphError", "message"]

MESSAGES: dict[str, str] = {
    # E1xx: an input that cannot become an article
    "E101": "empty input",
    "E102": "binary content, not text, HTML, JSON, a feed or a WARC archive",
    "E103": "{size} bytes is over the limit of {limit} bytes (raise it with --max-bytes or NEWSGRAPH_MAX_BYTES)",
    "E104": "not English (detected '{language}'); pass --force-language to process it anyway",
    "E105": "no article body found in the HTML",
    "E106": "malformed JSON: {detail}",
    "E107": "the JSON record has no non-empty 'text' field",
    "E108": "cannot read the input: {detail}",
    "E109": "not a readable feed: {detail}",
    "E110": "not a readable WARC archive: {detail}",
    "E111": "the text has {size} characters, over the NLP limit of {limit} (NEWSGRAPH_MAX_CHARS)",
    "E112": "no article text left after removing page chrome",
    "E113": "the JSON value is not an object",
    # E2xx: the store
    "E201": "no database at {path}; run 'newsgraph ingest' first",
    "E202": "the SQL was refused: this command is read-only ({detail})",
    "E203": "the SQL failed: {detail}",
    "E204": "the database was written by schema version {found}; this newsgraph reads version {expected}",
    "E205": "cannot open the database {path}: {detail}",
    "E206": "unknown table '{table}'; choose one of {choices}",
    # E3xx: set-up
    "E301": "the spaCy model '{model}' is not installed (pip install it, or set NEWSGRAPH_MODEL / --model)",
    "E302": "unknown format '{fmt}' for {what}; choose one of {choices}",
    "E303": "invalid date '{value}': use YYYY-MM-DD",
    # E4xx: a stage that failed on one article (a bug: please report it with the article)
    "E401": "the {stage} stage failed on this article: {detail}",
    # W1xx: warnings attached to an article that was processed
    "W101": "not valid UTF-8; decoded as {encoding}",
    "W102": "not valid UTF-8 and no encoding detected; undecodable bytes replaced",
}


def message(code: str, **fields: object) -> str:
    """The catalogue text of ``code`` with its fields filled in."""
    return MESSAGES[code].format(**fields)


class NewsgraphError(Exception):
    """An error with a catalogue code; ``subject`` names the input, file or database concerned."""

    def __init__(self, code: str, subject: str | None = None, **fields: object) -> None:
        self.code = code
        self.subject = subject
        self.fields = fields
        super().__init__(self.text)

    @property
    def text(self) -> str:
        where = f"{self.subject}: " if self.subject else ""
        return f"{where}{message(self.code, **self.fields)} [{self.code}]"


@dataclass(frozen=True, slots=True)
class InputProblem:
    """One input that a batch skipped, with why. Readers yield these instead of raising, so the
    rest of the batch carries on (spaCy's per-document error handlers do the same)."""

    origin: str
    code: str
    text: str

    @classmethod
    def from_error(cls, error: NewsgraphError) -> InputProblem:
        return cls(origin=error.subject or "?", code=error.code, text=error.text)


class InputFailed(NewsgraphError):
    """Raised where a single input was asked for (``newsgraph extract``) and it became a problem."""

    def __init__(self, problem: InputProblem) -> None:
        self.problem = problem
        super().__init__(problem.code, problem.origin)

    @property
    def text(self) -> str:
        return self.problem.text
