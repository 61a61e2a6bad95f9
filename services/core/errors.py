"""The one error type for a file that cannot become an article: it names the stage and says
what is wrong, and becomes a failure record instead of crashing anything."""

from __future__ import annotations

from .models import FailureRecord, Stage


class IngestError(Exception):
    def __init__(self, stage: Stage, reason: str, error: str | None = None) -> None:
        super().__init__(reason)
        self.stage = stage
        self.reason = reason
        self.error = error or type(self).__name__

    def record(self, path: str, attempts: int = 1) -> FailureRecord:
        return FailureRecord(path=path, stage=self.stage, error=self.error, reason=self.reason, attempts=attempts)


class FileTooLarge(IngestError):
    pass


class EmptyFile(IngestError):
    pass


class BinaryFile(IngestError):
    pass


class UndecodableText(IngestError):
    pass


class UnsupportedFormat(IngestError):
    pass


class RefusedPath(IngestError):
    pass
