"""Every word an export or a printable writes, in English, marked for translation in the
"Export" context. Renderers pass each through the ``translate`` they are given: the window's
Qt translation, or the command line's for the saved language (built by the composition root).
"""

from __future__ import annotations

from sole_app.core.translatable import QT_TRANSLATE_NOOP

TITLE = QT_TRANSLATE_NOOP("Export", "SOLE session")
TITLE_MANY = QT_TRANSLATE_NOOP("Export", "SOLE sessions")
QUESTION = QT_TRANSLATE_NOOP("Export", "Big question")
DATE = QT_TRANSLATE_NOOP("Export", "Date")
LANGUAGE = QT_TRANSLATE_NOOP("Export", "Language")
TAGS = QT_TRANSLATE_NOOP("Export", "Tags")
LIBRARY = QT_TRANSLATE_NOOP("Export", "Library")
STILL_RUNNING = QT_TRANSLATE_NOOP("Export", "This session had not ended when it was exported.")
NOT_KNOWN = QT_TRANSLATE_NOOP("Export", "not known")
MINUTES = QT_TRANSLATE_NOOP("Export", "{minutes} min")
PAGE = QT_TRANSLATE_NOOP("Export", "Page {page} of {pages}")
MADE_ON = QT_TRANSLATE_NOOP("Export", "Made with SOLE Facilitator on {date}")

PLAN = QT_TRANSLATE_NOOP("Export", "Plan and phases")
PLANNED_COUNTS = QT_TRANSLATE_NOOP("Export", "Planned: {children} children, {computers} "
                                             "computers, {groups} groups")
PHASE = QT_TRANSLATE_NOOP("Export", "Phase")
PLANNED = QT_TRANSLATE_NOOP("Export", "Planned")
EXTRA = QT_TRANSLATE_NOOP("Export", "Extra time")
AS_RUN = QT_TRANSLATE_NOOP("Export", "As run")
NOT_RUN = QT_TRANSLATE_NOOP("Export", "not run")
PHASES = {
    "question": QT_TRANSLATE_NOOP("Export", "Question"),
    "investigation": QT_TRANSLATE_NOOP("Export", "Investigation"),
    "review": QT_TRANSLATE_NOOP("Export", "Review"),
}

GROUPS = QT_TRANSLATE_NOOP("Export", "Groups")
NO_GROUPS = QT_TRANSLATE_NOOP("Export", "No group was recorded.")
CHILDREN_IN_GROUP = QT_TRANSLATE_NOOP("Export", "Children: {count}")
FIRST_NAMES = QT_TRANSLATE_NOOP("Export", "First names")
FOUND = QT_TRANSLATE_NOOP("Export", "What we found")
SOURCES = QT_TRANSLATE_NOOP("Export", "Where we found it")
CERTAINTY = QT_TRANSLATE_NOOP("Export", "How sure we are")
NEW_QUESTIONS = QT_TRANSLATE_NOOP("Export", "Our new questions")
GLOW = QT_TRANSLATE_NOOP("Export", "What went well")
GROW = QT_TRANSLATE_NOOP("Export", "What to try next")
CERTAINTIES = {
    "not_sure": QT_TRANSLATE_NOOP("Export", "Not sure"),
    "fairly_sure": QT_TRANSLATE_NOOP("Export", "Fairly sure"),
    "very_sure": QT_TRANSLATE_NOOP("Export", "Very sure"),
}
NOT_SAID = QT_TRANSLATE_NOOP("Export", "not said")

NOTES = QT_TRANSLATE_NOOP("Export", "Notes")
NO_NOTES = QT_TRANSLATE_NOOP("Export", "No notes were written.")
OUTSIDE_PHASES = QT_TRANSLATE_NOOP("Export", "outside the phases")
NOTE_TIME = QT_TRANSLATE_NOOP("Export", "{phase}, after {time}")

REFLECTION = QT_TRANSLATE_NOOP("Export", "Reflection")
NO_REFLECTION = QT_TRANSLATE_NOOP("Export", "No reflection was written.")
REFLECTION_LABELS = {
    "children": QT_TRANSLATE_NOOP("Export", "Children"),
    "computers": QT_TRANSLATE_NOOP("Export", "Computers"),
    "groups": QT_TRANSLATE_NOOP("Export", "Groups"),
    "objective": QT_TRANSLATE_NOOP("Export", "Content objective reached"),
    "objective_why": QT_TRANSLATE_NOOP("Export", "Why"),
    "thinking": QT_TRANSLATE_NOOP("Export", "Main kind of thinking"),
    "engagement": QT_TRANSLATE_NOOP("Export", "Engaged"),
    "collaboration": QT_TRANSLATE_NOOP("Export", "Collaborating"),
    "technology": QT_TRANSLATE_NOOP("Export", "Using technology well"),
    "communication": QT_TRANSLATE_NOOP("Export", "Communicating"),
    "agreements": QT_TRANSLATE_NOOP("Export", "Agreements followed"),
    "change_next_time": QT_TRANSLATE_NOOP("Export", "What to change next time"),
    "notes": QT_TRANSLATE_NOOP("Export", "Notes"),
}
PERCENT = QT_TRANSLATE_NOOP("Export", "{percent}% of the children")
CHOICES = {
    "objective": {
        "no": QT_TRANSLATE_NOOP("Export", "No"),
        "partly": QT_TRANSLATE_NOOP("Export", "Partly"),
        "mostly": QT_TRANSLATE_NOOP("Export", "Mostly"),
        "fully": QT_TRANSLATE_NOOP("Export", "Fully"),
    },
    "thinking": {
        "recall": QT_TRANSLATE_NOOP("Export", "Recall"),
        "skills_concepts": QT_TRANSLATE_NOOP("Export", "Skills and concepts"),
        "strategic": QT_TRANSLATE_NOOP("Export", "Strategic thinking"),
        "extended": QT_TRANSLATE_NOOP("Export", "Extended thinking"),
    },
    "agreements": {
        "yes": QT_TRANSLATE_NOOP("Export", "Yes"),
        "partly": QT_TRANSLATE_NOOP("Export", "Partly"),
        "no": QT_TRANSLATE_NOOP("Export", "No"),
    },
}

# The CSV for the programme's reports: one row per session.
CSV_PLANNED = QT_TRANSLATE_NOOP("Export", "{phase}: minutes planned")
CSV_ACTUAL = QT_TRANSLATE_NOOP("Export", "{phase}: minutes as run")
CSV_EXTRA = QT_TRANSLATE_NOOP("Export", "{phase}: extra minutes")
CSV_EXTRA_TOTAL = QT_TRANSLATE_NOOP("Export", "Extra minutes in all")
CSV_PLANNED_COUNT = QT_TRANSLATE_NOOP("Export", "{what} planned")
CSV_RECORDED_GROUPS = QT_TRANSLATE_NOOP("Export", "Groups recorded")
CSV_PERCENT = QT_TRANSLATE_NOOP("Export", "{what} (%)")
CSV_SESSION_ID = QT_TRANSLATE_NOOP("Export", "Session ID")

# The printables: a question card and a group's recording sheet.
SHEET_TITLE = QT_TRANSLATE_NOOP("Export", "Our group's findings")
SHEET_GROUP = QT_TRANSLATE_NOOP("Export", "Our group's name")
SHEET_QUESTION = QT_TRANSLATE_NOOP("Export", "Our question")
SHEET_FOUND = QT_TRANSLATE_NOOP("Export", "What we found")
SHEET_SOURCES = QT_TRANSLATE_NOOP("Export", "Where we found it (websites, books, people)")
SHEET_CERTAINTY = QT_TRANSLATE_NOOP("Export", "How sure we are (tick one)")
SHEET_NEW_QUESTIONS = QT_TRANSLATE_NOOP("Export", "Our new questions")
