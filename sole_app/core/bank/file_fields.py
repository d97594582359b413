"""What the two question file formats share: their names, the fields a file carries (and those
it must), and dates as text. Light to import: the command line reads FORMATS for its help.

The JSON pack (pack.py) and the spreadsheet (csv_file.py) both use these; neither imports the
other for them, so the two formats stay side by side rather than in a circle.
"""

from __future__ import annotations

import functools
from datetime import UTC, datetime

from sole_app.core.bank.errors import InvalidQuestion
from sole_app.core.bank.question_data import utc_moment

FORMATS = ("json", "csv")  # a question pack, a spreadsheet: also the files' extensions
FIELDS = ("uid", "text", "language", "tags", "age_min", "age_max", "notes", "source",
          "translation_group", "created_at", "updated_at")
REQUIRED = ("text", "language")  # a file's question without them is refused
DATE_FORMATS = ("%d.%m.%Y %H:%M:%S", "%d.%m.%Y %H:%M", "%d.%m.%Y", "%Y-%m-%d %H:%M",
                "%m/%d/%Y %H:%M", "%m/%d/%Y", "%d/%m/%Y %H:%M", "%d/%m/%Y")


def moment_text(moment: datetime | None) -> str | None:
    """A moment as a file writes it: ISO 8601 in UTC, to the second ("2026-11-24T10:00:00Z")."""
    if moment is None:
        return None
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def parse_moment(value: object, field: str) -> datetime | None:
    """ISO 8601 (as exported), or the forms spreadsheets write back; naive times are UTC.

    In UTC, and at least a day inside the calendar (InvalidQuestion otherwise, quoting the
    text as written): "0001-01-01T00:00:00+01:00" is before the year 1 in UTC."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise InvalidQuestion(field, "not_a_date", value)
    return _parsed(value, field)


@functools.lru_cache(maxsize=4096)  # a file's questions often share their dates
def _parsed(value: str, field: str) -> datetime:
    text = value.strip()
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        moment = _spreadsheet_moment(text)
        if moment is None:
            raise InvalidQuestion(field, "not_a_date", value) from None
    return utc_moment(moment, field, value)


def _spreadsheet_moment(text: str) -> datetime | None:
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern)
        except ValueError:
            continue
    return None
