"""Problems found in content files, reported as ``FILE:LINE: level: message``."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from kiosk.content.characters import escaped

# A hostile file can hold thousands of problems; staff need the first ones,
# and the staff panel must not be handed a list it cannot show.
MAX_PROBLEMS_PER_FILE = 50


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
        # Messages quote what files hold: see characters.escaped.
        self.file = escaped(file)
        self._problems: list[Problem] = []
        self._errors = 0
        self._left_out = 0  # problems past the limit, counted only
        self._left_out_errors = 0
        self._left_out_line = 0

    def error(self, line: int, message: str) -> None:
        self._errors += 1
        self._add(line, Severity.ERROR, message)

    def warning(self, line: int, message: str) -> None:
        self._add(line, Severity.WARNING, message)

    def _add(self, line: int, severity: Severity, message: str) -> None:
        if len(self._problems) < MAX_PROBLEMS_PER_FILE:
            self._problems.append(Problem(self.file, max(1, line), severity, escaped(message)))
            return
        self._left_out += 1
        self._left_out_errors += severity is Severity.ERROR
        self._left_out_line = self._left_out_line or max(1, line)

    @property
    def problems(self) -> list[Problem]:
        if not self._left_out:
            return list(self._problems)
        summary = Problem(
            self.file,
            self._left_out_line,
            Severity.ERROR if self._left_out_errors else Severity.WARNING,
            f"{self._left_out} more problem(s) from here on ({self._left_out_errors} "
            "error(s)) are not listed; fix the ones above first",
        )
        return [*self._problems, summary]

    @property
    def error_count(self) -> int:
        return self._errors
