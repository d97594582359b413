"""How many questions match what is typed but are hidden by the filters, so the bank can say so
("3 more in other languages") instead of a bare "0 questions".

Counted with ``search.search`` itself, so these counts always agree with the list: a search
limited to no rows skips ranking and still reports the total that match.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sole_app.core.bank.search import SearchFilters, fts_query, search


@dataclass(frozen=True)
class HiddenMatches:
    """Matches the filters hide: by the language filter, and by the others (tag, age,
    favourites) once the language is no longer filtered."""

    other_languages: int = 0
    other_filters: int = 0

    @property
    def any(self) -> bool:
        return self.other_languages > 0 or self.other_filters > 0


def hidden_matches(database, query: str, filters: SearchFilters,
                   shown_total: int) -> HiddenMatches:
    """What the filters hide of the matches for ``query``, given that ``shown_total`` questions
    match with them. Nothing when nothing is typed: the filters then simply choose a list."""
    if fts_query(query) is None or filters == SearchFilters():
        return HiddenMatches()
    any_language = replace(filters, language=None)
    with_any_language = shown_total
    if filters.language is not None:
        with_any_language = _count(database, query, any_language)
    everywhere = with_any_language
    if any_language != SearchFilters():
        everywhere = _count(database, query, SearchFilters())
    return HiddenMatches(other_languages=with_any_language - shown_total,
                         other_filters=everywhere - with_any_language)


def _count(database, query: str, filters: SearchFilters) -> int:
    return search(database, query, filters, limit=0).total
