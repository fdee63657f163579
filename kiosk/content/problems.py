"""Problems found in content files, reported as ``FILE:LINE: level: message``."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    severity: Severity
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.severity.value}: {self.message}"

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


class ProblemLog:
    """Collects the problems of one file; tells whether it had errors."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []

    def error(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.file, line, Severity.ERROR, message))

    def warning(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.file, line, Severity.WARNING, message))

    @property
    def error_count(self) -> int:
        return sum(p.is_error for p in self.problems)
